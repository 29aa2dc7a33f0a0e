package app.touchbase.account.read;

import app.touchbase.account.AccountsProperties;
import app.touchbase.account.api.AccountCount;
import app.touchbase.account.api.AccountRegistered;
import app.touchbase.account.api.AccountSettings;
import app.touchbase.account.api.AccountSettingsChanged;
import app.touchbase.account.api.CountAccounts;
import app.touchbase.account.api.FetchAccountSettings;
import app.touchbase.account.api.FindLoginAccount;
import app.touchbase.account.api.LoginAccount;
import app.touchbase.account.api.PasswordChanged;
import app.touchbase.account.api.PasswordHashUpgraded;
import app.touchbase.account.api.PasswordReset;
import app.touchbase.platform.axon.ReadModels;
import app.touchbase.platform.readmodel.ReadModelCollection;
import app.touchbase.reminder.api.FetchReminderPreferences;
import app.touchbase.reminder.api.ReminderPreferences;
import app.touchbase.reminder.api.ReminderPreferencesChanged;
import app.touchbase.shared.api.AccountDeleted;
import com.mongodb.client.MongoDatabase;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.util.Locale;
import java.util.Optional;

import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;

/** Accounts as sign-in and the settings page need them. */
@Component
@ProcessingGroup(ReadModels.PROCESSING_GROUP)
public class AccountDirectoryProjection {

    static final String COLLECTION = "accounts";

    private final ReadModelCollection<AccountRow> accounts;
    private final AccountsProperties settings;
    private final AccountZones zones;

    AccountDirectoryProjection(MongoDatabase touchbaseDatabase, AccountsProperties settings, AccountZones zones) {
        this.accounts = ReadModelCollection.of(touchbaseDatabase, COLLECTION, AccountRow.class);
        this.settings = settings;
        this.zones = zones;
    }

    @EventHandler
    void on(AccountRegistered event) {
        if (accounts.findById(event.accountId()).isEmpty()) {
            accounts.put(AccountRow.of(event));
        }
    }

    @EventHandler
    void on(AccountSettingsChanged event) {
        zones.changing(event.accountId());
        accounts.update(event.accountId(), combine(
                set("displayName", event.displayName()),
                set("zone", event.zone().getId()),
                set("defaultCadence", event.defaultCadence())));
    }

    @EventHandler
    void on(PasswordChanged event) {
        accounts.update(event.accountId(), set("passwordHash", event.passwordHash()));
    }

    @EventHandler
    void on(PasswordReset event) {
        accounts.update(event.accountId(), set("passwordHash", event.passwordHash()));
    }

    @EventHandler
    void on(PasswordHashUpgraded event) {
        accounts.update(event.accountId(), set("passwordHash", event.passwordHash()));
    }

    @EventHandler
    void on(ReminderPreferencesChanged event) {
        accounts.update(event.accountId(), combine(
                set("email", event.email()),
                set("sendAt", event.sendAt().toString()),
                set("digestDay", event.digestDay()),
                set("remindersOn", event.remindersOn())));
    }

    @EventHandler
    void on(AccountDeleted event) {
        zones.changing(event.accountId());
        accounts.delete(event.accountId());
    }

    @ResetHandler
    void reset() {
        accounts.deleteMany(new Document());
    }

    @QueryHandler
    public Optional<LoginAccount> handle(FindLoginAccount query) {
        if (query.username() == null) {
            return Optional.empty();
        }
        return find(query.username().strip().toLowerCase(Locale.ROOT)).map(AccountRow::login);
    }

    @QueryHandler
    public Optional<AccountSettings> handle(FetchAccountSettings query) {
        return find(query.accountId()).map(AccountRow::settings);
    }

    @QueryHandler
    public Optional<ReminderPreferences> handle(FetchReminderPreferences query) {
        return find(query.accountId()).map(AccountRow::reminderPreferences);
    }

    @QueryHandler
    public AccountCount handle(CountAccounts query) {
        return new AccountCount(accounts.stored().countDocuments(), settings.openRegistration());
    }

    private Optional<AccountRow> find(String accountId) {
        return accountId == null ? Optional.empty() : accounts.findById(accountId);
    }
}
