package app.touchbase.contact.write;

import app.touchbase.cadence.NextTouchState;
import app.touchbase.cadence.api.CadenceCleared;
import app.touchbase.cadence.api.CadenceSet;
import app.touchbase.cadence.api.ClearCadence;
import app.touchbase.cadence.api.SetCadence;
import app.touchbase.cadence.api.SnoozeTouch;
import app.touchbase.cadence.api.TouchSnoozed;
import app.touchbase.contact.api.AddContact;
import app.touchbase.contact.api.ArchiveContact;
import app.touchbase.contact.api.ContactAdded;
import app.touchbase.contact.api.ContactArchived;
import app.touchbase.contact.api.ContactDetails;
import app.touchbase.contact.api.ContactDetailsChanged;
import app.touchbase.contact.api.ContactRestored;
import app.touchbase.contact.api.FactRecorded;
import app.touchbase.contact.api.RecordFact;
import app.touchbase.contact.api.RestoreContact;
import app.touchbase.contact.api.UpdateContactDetails;
import app.touchbase.followup.api.AddFollowUp;
import app.touchbase.followup.api.CompleteFollowUp;
import app.touchbase.followup.api.FollowUpAdded;
import app.touchbase.followup.api.FollowUpCompleted;
import app.touchbase.importantdate.api.AddImportantDate;
import app.touchbase.importantdate.api.ImportantDateAdded;
import app.touchbase.importantdate.api.ImportantDateRemoved;
import app.touchbase.importantdate.api.RemoveImportantDate;
import app.touchbase.interaction.api.CorrectInteraction;
import app.touchbase.interaction.api.Direction;
import app.touchbase.interaction.api.InteractionCorrected;
import app.touchbase.interaction.api.InteractionLogged;
import app.touchbase.interaction.api.InteractionRemoved;
import app.touchbase.interaction.api.LogInteraction;
import app.touchbase.interaction.api.RemoveInteraction;
import app.touchbase.reminder.api.QueueReminder;
import app.touchbase.reminder.api.RecordReminderSent;
import app.touchbase.reminder.api.ReminderOccasion;
import app.touchbase.reminder.api.ReminderQueued;
import app.touchbase.reminder.api.ReminderSent;
import app.touchbase.shared.Inputs;
import app.touchbase.shared.api.CommandRejectedException;
import app.touchbase.shared.api.UnknownContactException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One person in one owner's network: the consistency boundary for everything said about them.
 * It decides only what needs consistency (ownership, archived state, which interactions exist);
 * everything else is derived by the read side.
 */
@Aggregate(cache = "contactCache")
public class Contact {

    /** A touch reminder goes out at the owner's hour on the day it falls due, which may be before the exact moment. */
    static final Duration TOUCH_REMINDER_LEAD = Duration.ofDays(2);

    @AggregateIdentifier
    private UUID contactId;
    private String owner;
    private ContactDetails details;
    private boolean archived;
    private Period cadence;
    private final Set<UUID> loggedInteractions = new HashSet<>();
    private final Set<UUID> liveInteractions = new HashSet<>();
    private final Set<UUID> facts = new HashSet<>();
    private final Set<UUID> importantDates = new HashSet<>();
    private final Set<UUID> openFollowUps = new HashSet<>();
    private final Set<UUID> followUps = new HashSet<>();
    private final Set<String> remindedOccasions = new HashSet<>();
    private final Set<UUID> queuedReminders = new HashSet<>();
    private final Set<UUID> sentReminders = new HashSet<>();
    private NextTouchState touch;

    protected Contact() {
    }

    @CommandHandler
    public Contact(AddContact command, Clock clock) {
        Inputs.requirePresent(command.contactId(), "contactId", "The contact id");
        Inputs.requireOwner(command.owner());
        ContactDetailsRules.validate(command.details());
        apply(new ContactAdded(command.contactId(), command.owner(), command.details(), clock.instant()));
    }

    @CommandHandler
    public void handle(UpdateContactDetails command, Clock clock) {
        requireActive(command.owner());
        ContactDetailsRules.validate(command.details());
        if (!command.details().equals(details)) {
            apply(new ContactDetailsChanged(contactId, owner, command.details(), clock.instant()));
        }
    }

    @CommandHandler
    public void handle(RecordFact command, Clock clock) {
        requireActive(command.owner());
        Inputs.requirePresent(command.factId(), "factId", "The fact id");
        Inputs.limitLength(command.topic(), "topic", "Topic", ContactDetailsRules.MAX_SHORT_TEXT);
        Inputs.requireText(command.text(), "text", "The fact", ContactDetailsRules.MAX_LONG_TEXT);
        if (facts.contains(command.factId())) {
            throw new CommandRejectedException("This fact was already recorded.");
        }
        apply(new FactRecorded(contactId, owner, command.factId(), blankToNull(command.topic()),
                command.text().strip(), command.about(), clock.instant()));
    }

    @CommandHandler
    public void handle(LogInteraction command, Clock clock) {
        requireActive(command.owner());
        Inputs.requirePresent(command.interactionId(), "interactionId", "The interaction id");
        InteractionRules.validate(command.type(), command.occurredAt(), command.notes(), clock.instant());
        if (loggedInteractions.contains(command.interactionId())) {
            throw new CommandRejectedException("This interaction was already logged.");
        }
        apply(new InteractionLogged(contactId, owner, command.interactionId(), command.type(), command.occurredAt(),
                directionOrNeutral(command.direction()), blankToNull(command.notes()), clock.instant()));
    }

    @CommandHandler
    public void handle(CorrectInteraction command, Clock clock) {
        requireActive(command.owner());
        requireLiveInteraction(command.interactionId());
        InteractionRules.validate(command.type(), command.occurredAt(), command.notes(), clock.instant());
        apply(new InteractionCorrected(contactId, owner, command.interactionId(), command.type(), command.occurredAt(),
                directionOrNeutral(command.direction()), blankToNull(command.notes()), clock.instant()));
    }

    @CommandHandler
    public void handle(RemoveInteraction command, Clock clock) {
        requireActive(command.owner());
        requireLiveInteraction(command.interactionId());
        apply(new InteractionRemoved(contactId, owner, command.interactionId(), clock.instant()));
    }

    @CommandHandler
    public void handle(SetCadence command, Clock clock) {
        requireActive(command.owner());
        CadenceRules.validateCadence(command.every());
        if (!command.every().equals(cadence)) {
            apply(new CadenceSet(contactId, owner, command.every(), clock.instant()));
        }
    }

    @CommandHandler
    public void handle(ClearCadence command, Clock clock) {
        requireActive(command.owner());
        if (cadence != null) {
            apply(new CadenceCleared(contactId, owner, clock.instant()));
        }
    }

    @CommandHandler
    public void handle(SnoozeTouch command, Clock clock) {
        requireActive(command.owner());
        if (cadence == null) {
            throw new CommandRejectedException(details.name() + " has no cadence, so there is nothing to snooze: set a cadence first.");
        }
        CadenceRules.validateSnooze(command.until(), clock.instant());
        apply(new TouchSnoozed(contactId, owner, command.until(), clock.instant()));
    }

    @CommandHandler
    public void handle(ArchiveContact command, Clock clock) {
        requireOwnedBy(command.owner());
        if (!archived) {
            apply(new ContactArchived(contactId, owner, clock.instant()));
        }
    }

    @CommandHandler
    public void handle(RestoreContact command, Clock clock) {
        requireOwnedBy(command.owner());
        if (archived) {
            apply(new ContactRestored(contactId, owner, clock.instant()));
        }
    }

    @CommandHandler
    public void handle(AddImportantDate command, Clock clock) {
        requireActive(command.owner());
        OccasionRules.validate(command, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
        if (importantDates.contains(command.dateId())) {
            throw new CommandRejectedException("This date was already added.");
        }
        apply(new ImportantDateAdded(contactId, owner, command.dateId(), command.label().strip(), command.day(),
                command.year(), command.noticeDays(), clock.instant()));
    }

    @CommandHandler
    public void handle(RemoveImportantDate command, Clock clock) {
        requireActive(command.owner());
        if (!importantDates.contains(command.dateId())) {
            throw new CommandRejectedException("That date is not among " + details.name() + "'s dates (was it removed?).");
        }
        apply(new ImportantDateRemoved(contactId, owner, command.dateId(), clock.instant()));
    }

    @CommandHandler
    public void handle(AddFollowUp command, Clock clock) {
        requireActive(command.owner());
        OccasionRules.validate(command, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
        if (followUps.contains(command.followUpId())) {
            throw new CommandRejectedException("This follow-up was already added.");
        }
        apply(new FollowUpAdded(contactId, owner, command.followUpId(), command.text().strip(), command.dueOn(),
                clock.instant()));
    }

    @CommandHandler
    public void handle(CompleteFollowUp command, Clock clock) {
        requireOwnedBy(command.owner());
        Inputs.requirePresent(command.followUpId(), "followUpId", "The follow-up id");
        if (!followUps.contains(command.followUpId())) {
            throw new CommandRejectedException("That follow-up is not among " + details.name() + "'s follow-ups.");
        }
        if (openFollowUps.contains(command.followUpId())) {
            apply(new FollowUpCompleted(contactId, owner, command.followUpId(), clock.instant()));
        }
    }

    /** Queues a reminder for the occasions not reminded about yet; answers the id of the queued reminder, or null. */
    @CommandHandler
    public UUID handle(QueueReminder command, Clock clock) {
        requireOwnedBy(command.owner());
        if (archived) {
            return null;
        }
        List<ReminderOccasion> fresh = command.occasions().stream()
                .filter(occasion -> !remindedOccasions.contains(occasion.key()))
                .filter(occasion -> stillCurrent(occasion, clock.instant()))
                .toList();
        if (fresh.isEmpty()) {
            return null;
        }
        UUID reminderId = UUID.randomUUID();
        apply(new ReminderQueued(contactId, owner, reminderId, fresh, clock.instant()));
        return reminderId;
    }

    @CommandHandler
    public void handle(RecordReminderSent command) {
        requireOwnedBy(command.owner());
        if (!queuedReminders.contains(command.reminderId())) {
            throw new CommandRejectedException("No such reminder was queued for " + details.name() + ".");
        }
        if (!sentReminders.contains(command.reminderId())) {
            apply(new ReminderSent(contactId, owner, command.reminderId(), command.sentTo(), command.sentAt()));
        }
    }

    /**
     * A reminder planned from an older picture of the contact (a touch logged since, a date removed, a follow-up
     * done) is dropped: the contact, not the planner, has the last word.
     */
    private boolean stillCurrent(ReminderOccasion occasion, Instant now) {
        return switch (occasion.kind()) {
            case TOUCH -> touch.nextTouchAt()
                    .filter(due -> occasion.key().equals(ReminderOccasion.touchKey(due)))
                    .filter(due -> !due.isAfter(now.plus(TOUCH_REMINDER_LEAD)))
                    .isPresent();
            case IMPORTANT_DATE -> importantDates.contains(occasion.subjectId());
            case FOLLOW_UP -> openFollowUps.contains(occasion.subjectId());
        };
    }

    private void requireOwnedBy(String requester) {
        if (!Objects.equals(owner, requester)) {
            throw new UnknownContactException(contactId);
        }
    }

    private void requireActive(String requester) {
        requireOwnedBy(requester);
        if (archived) {
            throw new CommandRejectedException(details.name() + " is archived: restore the contact first.");
        }
    }

    private void requireLiveInteraction(UUID interactionId) {
        Inputs.requirePresent(interactionId, "interactionId", "The interaction id");
        if (!liveInteractions.contains(interactionId)) {
            throw new CommandRejectedException("That interaction is not in " + details.name() + "'s history (was it removed?).");
        }
    }

    private static Direction directionOrNeutral(Direction direction) {
        return direction == null ? Direction.NEUTRAL : direction;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    @EventSourcingHandler
    void on(ContactAdded event) {
        contactId = event.contactId();
        owner = event.owner();
        details = event.details();
        touch = NextTouchState.added(contactId.toString(), owner, details.name());
    }

    @EventSourcingHandler
    void on(ContactDetailsChanged event) {
        details = event.details();
    }

    @EventSourcingHandler
    void on(FactRecorded event) {
        facts.add(event.factId());
    }

    @EventSourcingHandler
    void on(InteractionLogged event) {
        loggedInteractions.add(event.interactionId());
        liveInteractions.add(event.interactionId());
        touch = touch.withInteraction(event.interactionId().toString(), event.occurredAt());
    }

    @EventSourcingHandler
    void on(InteractionCorrected event) {
        touch = touch.withInteraction(event.interactionId().toString(), event.occurredAt());
    }

    @EventSourcingHandler
    void on(InteractionRemoved event) {
        liveInteractions.remove(event.interactionId());
        touch = touch.withoutInteraction(event.interactionId().toString());
    }

    @EventSourcingHandler
    void on(CadenceSet event) {
        cadence = event.every();
        touch = touch.withCadence(event.every(), event.setAt());
    }

    @EventSourcingHandler
    void on(CadenceCleared event) {
        cadence = null;
        touch = touch.withoutCadence();
    }

    @EventSourcingHandler
    void on(TouchSnoozed event) {
        touch = touch.snoozedUntil(event.until());
    }

    @EventSourcingHandler
    void on(ImportantDateAdded event) {
        importantDates.add(event.dateId());
    }

    @EventSourcingHandler
    void on(ImportantDateRemoved event) {
        importantDates.remove(event.dateId());
    }

    @EventSourcingHandler
    void on(FollowUpAdded event) {
        followUps.add(event.followUpId());
        openFollowUps.add(event.followUpId());
    }

    @EventSourcingHandler
    void on(FollowUpCompleted event) {
        openFollowUps.remove(event.followUpId());
    }

    @EventSourcingHandler
    void on(ReminderQueued event) {
        queuedReminders.add(event.reminderId());
        event.occasions().forEach(occasion -> remindedOccasions.add(occasion.key()));
    }

    @EventSourcingHandler
    void on(ReminderSent event) {
        sentReminders.add(event.reminderId());
    }

    @EventSourcingHandler
    void on(ContactArchived event) {
        archived = true;
    }

    @EventSourcingHandler
    void on(ContactRestored event) {
        archived = false;
    }
}
