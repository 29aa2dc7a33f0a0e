package app.touchbase.account.write;

import app.touchbase.account.api.AccountRegistered;
import app.touchbase.account.api.AccountSettingsChanged;
import app.touchbase.account.api.CalendarFeedClosed;
import app.touchbase.account.api.CalendarFeedOpened;
import app.touchbase.account.api.CalendarFeedTokens;
import app.touchbase.account.api.ChangeAccountSettings;
import app.touchbase.account.api.ChangePassword;
import app.touchbase.account.api.CloseCalendarFeed;
import app.touchbase.account.api.DeleteAccount;
import app.touchbase.account.api.OpenCalendarFeed;
import app.touchbase.account.api.PasswordChanged;
import app.touchbase.account.api.PasswordHashUpgraded;
import app.touchbase.account.api.PasswordReset;
import app.touchbase.account.api.RegisterAccount;
import app.touchbase.account.api.ResetPassword;
import app.touchbase.account.api.UpgradePasswordHash;
import app.touchbase.plan.BudgetRules;
import app.touchbase.plan.api.SetWeeklyBudget;
import app.touchbase.plan.api.WeeklyBudgetSet;
import app.touchbase.platform.privacy.PersonalDataKeys;
import app.touchbase.reminder.api.ChangeReminderPreferences;
import app.touchbase.reminder.api.DigestQueued;
import app.touchbase.reminder.api.QueueDigest;
import app.touchbase.reminder.api.ReminderPreferencesChanged;
import app.touchbase.shared.Inputs;
import app.touchbase.shared.api.AccountDeleted;
import app.touchbase.shared.api.CommandRejectedException;
import app.touchbase.shared.api.InvalidInputException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A person who uses Touchbase: how they sign in and how they like their dates. Opened by {@link AccountRegistrar}. */
@Aggregate
public class Account {

    static final int TOKEN_BYTES = 32;
    private static final SecureRandom TOKENS = new SecureRandom();

    @AggregateIdentifier
    private String accountId;
    private String passwordHash;
    private boolean calendarFeedOpen;
    private final Set<LocalDate> digestWeeks = new HashSet<>();
    private boolean deleted;

    protected Account() {
    }

    Account(String accountId, String displayName, String passwordHash, ZoneId zone, Instant registeredAt) {
        apply(new AccountRegistered(accountId, displayName.strip(), passwordHash, zone, registeredAt));
    }

    /** A deleted account's user name taken again: the same history goes on, with a new key and nothing of the old. */
    void reopen(String displayName, String newPasswordHash, ZoneId zone, Instant registeredAt) {
        apply(new AccountRegistered(accountId, displayName.strip(), newPasswordHash, zone, registeredAt));
    }

    boolean deleted() {
        return deleted;
    }

    /** The keys go once the event is stored; each contact is then erased in turn. */
    @CommandHandler
    public void handle(DeleteAccount command, Clock clock, PasswordEncoder passwords, PersonalDataKeys keys) {
        requireOpen();
        if (command.password() == null || !passwords.matches(command.password(), passwordHash)) {
            throw new InvalidInputException("password", "That is not your password: the account was not deleted.");
        }
        apply(new AccountDeleted(accountId, keys.contactsOf(accountId), clock.instant()));
        String owner = accountId;
        CurrentUnitOfWork.get().afterCommit(unitOfWork -> keys.eraseAccount(owner));
    }

    private void requireOpen() {
        if (deleted) {
            throw new CommandRejectedException("This account was deleted.");
        }
    }

    @CommandHandler
    public void handle(ChangeAccountSettings command, Clock clock) {
        requireOpen();
        AccountRules.validateSettings(command.displayName(), command.zone(), command.defaultCadence());
        apply(new AccountSettingsChanged(accountId, command.displayName().strip(), command.zone(), command.defaultCadence(),
                clock.instant()));
    }

    @CommandHandler
    public void handle(ChangePassword command, Clock clock, PasswordEncoder passwords) {
        requireOpen();
        if (command.currentPassword() == null || !passwords.matches(command.currentPassword(), passwordHash)) {
            throw new InvalidInputException("currentPassword", "That is not your current password.");
        }
        PasswordRules.validate(command.newPassword(), accountId, "newPassword");
        apply(new PasswordChanged(accountId, passwords.encode(command.newPassword()), clock.instant()));
    }

    @CommandHandler
    public void handle(ResetPassword command, Clock clock, PasswordEncoder passwords) {
        requireOpen();
        Inputs.requireText(command.newPassword(), "newPassword", "The new password", RegisterAccount.MAX_PASSWORD_BYTES);
        apply(new PasswordReset(accountId, passwords.encode(command.newPassword()), clock.instant()));
    }

    @CommandHandler
    public void handle(UpgradePasswordHash command, Clock clock) {
        requireOpen();
        Inputs.requireText(command.passwordHash(), "passwordHash", "The password hash", 200);
        apply(new PasswordHashUpgraded(accountId, command.passwordHash(), clock.instant()));
    }

    /** Answers the new secret token; the event keeps only its hash. */
    @CommandHandler
    public String handle(OpenCalendarFeed command, Clock clock) {
        requireOpen();
        byte[] secret = new byte[TOKEN_BYTES];
        TOKENS.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        apply(new CalendarFeedOpened(accountId, CalendarFeedTokens.hash(token), clock.instant()));
        return token;
    }

    @CommandHandler
    public void handle(CloseCalendarFeed command, Clock clock) {
        requireOpen();
        if (calendarFeedOpen) {
            apply(new CalendarFeedClosed(accountId, clock.instant()));
        }
    }

    @CommandHandler
    public void handle(ChangeReminderPreferences command, Clock clock) {
        requireOpen();
        AccountRules.validateReminderPreferences(command);
        apply(new ReminderPreferencesChanged(accountId, blankToNull(command.email()), command.sendAt(),
                command.digestDay(), command.remindersOn(), clock.instant()));
    }

    @CommandHandler
    public void handle(SetWeeklyBudget command, Clock clock) {
        requireOpen();
        BudgetRules.requireBudget(command.peoplePerWeek());
        apply(new WeeklyBudgetSet(accountId, command.peoplePerWeek(), clock.instant()));
    }

    /** Answers the id of the queued digest, or null when this week's digest was already queued. */
    @CommandHandler
    public UUID handle(QueueDigest command, Clock clock) {
        if (deleted) {
            return null;
        }
        Inputs.requirePresent(command.weekOf(), "weekOf", "The week");
        if (digestWeeks.contains(command.weekOf())) {
            return null;
        }
        UUID digestId = UUID.randomUUID();
        apply(new DigestQueued(accountId, digestId, command.weekOf(), clock.instant()));
        return digestId;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    @EventSourcingHandler
    void on(DigestQueued event) {
        digestWeeks.add(event.weekOf());
    }

    @EventSourcingHandler
    void on(AccountRegistered event) {
        accountId = event.accountId();
        passwordHash = event.passwordHash();
        deleted = false;
        calendarFeedOpen = false;
        digestWeeks.clear();
    }

    @EventSourcingHandler
    void on(AccountDeleted event) {
        deleted = true;
        passwordHash = null;
    }

    @EventSourcingHandler
    void on(PasswordChanged event) {
        passwordHash = event.passwordHash();
    }

    @EventSourcingHandler
    void on(PasswordReset event) {
        passwordHash = event.passwordHash();
    }

    @EventSourcingHandler
    void on(PasswordHashUpgraded event) {
        passwordHash = event.passwordHash();
    }

    @EventSourcingHandler
    void on(CalendarFeedOpened event) {
        calendarFeedOpen = true;
    }

    @EventSourcingHandler
    void on(CalendarFeedClosed event) {
        calendarFeedOpen = false;
    }
}
