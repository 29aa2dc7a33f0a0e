package app.touchbase.account.read;

import app.touchbase.account.api.PasswordChanged;
import app.touchbase.account.api.PasswordHashUpgraded;
import app.touchbase.account.api.PasswordReset;
import app.touchbase.account.api.AccountCount;
import app.touchbase.account.api.AccountRegistered;
import app.touchbase.account.api.AccountSettings;
import app.touchbase.account.api.AccountSettingsChanged;
import app.touchbase.account.api.CountAccounts;
import app.touchbase.account.api.FetchAccountSettings;
import app.touchbase.account.api.FindLoginAccount;
import app.touchbase.account.api.LoginAccount;
import app.touchbase.platform.axon.ReadModels;
import app.touchbase.platform.mongo.BsonTime;
import app.touchbase.reminder.api.FetchReminderPreferences;
import app.touchbase.reminder.api.ReminderPreferences;
import app.touchbase.reminder.api.ReminderPreferencesChanged;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;

/** Accounts as sign-in and the settings page need them. */
@Component
@ProcessingGroup(ReadModels.PROCESSING_GROUP)
public class AccountDirectoryProjection {

    static final String COLLECTION = "accounts";

    private final MongoCollection<Document> accounts;

    public AccountDirectoryProjection(MongoDatabase touchbaseDatabase) {
        this.accounts = touchbaseDatabase.getCollection(COLLECTION);
    }

    @EventHandler
    void on(AccountRegistered event) {
        if (accounts.find(eq("_id", event.accountId())).first() == null) {
            accounts.insertOne(new Document("_id", event.accountId())
                    .append("displayName", event.displayName())
                    .append("passwordHash", event.passwordHash())
                    .append("zone", event.zone().getId())
                    .append("defaultCadence", null)
                    .append("registeredAt", BsonTime.date(event.registeredAt())));
        }
    }

    @EventHandler
    void on(AccountSettingsChanged event) {
        accounts.updateOne(eq("_id", event.accountId()), combine(
                set("displayName", event.displayName()),
                set("zone", event.zone().getId()),
                set("defaultCadence", event.defaultCadence() == null ? null : event.defaultCadence().toString())));
    }

    @EventHandler
    void on(PasswordChanged event) {
        accounts.updateOne(eq("_id", event.accountId()), set("passwordHash", event.passwordHash()));
    }

    @EventHandler
    void on(PasswordReset event) {
        accounts.updateOne(eq("_id", event.accountId()), set("passwordHash", event.passwordHash()));
    }

    @EventHandler
    void on(PasswordHashUpgraded event) {
        accounts.updateOne(eq("_id", event.accountId()), set("passwordHash", event.passwordHash()));
    }

    @EventHandler
    void on(ReminderPreferencesChanged event) {
        accounts.updateOne(eq("_id", event.accountId()), combine(
                set("email", event.email()),
                set("sendAt", event.sendAt().toString()),
                set("digestDay", event.digestDay() == null ? null : event.digestDay().name()),
                set("remindersOn", event.remindersOn())));
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
        return Optional.ofNullable(accounts.find(eq("_id", query.username().strip().toLowerCase(Locale.ROOT))).first())
                .map(doc -> new LoginAccount(doc.getString("_id"), doc.getString("passwordHash")));
    }

    @QueryHandler
    public Optional<AccountSettings> handle(FetchAccountSettings query) {
        return Optional.ofNullable(query.accountId() == null ? null : accounts.find(eq("_id", query.accountId())).first())
                .map(doc -> new AccountSettings(doc.getString("_id"), doc.getString("displayName"), ZoneId.of(doc.getString("zone")),
                        doc.getString("defaultCadence") == null ? null : Period.parse(doc.getString("defaultCadence"))));
    }

    @QueryHandler
    public Optional<ReminderPreferences> handle(FetchReminderPreferences query) {
        return Optional.ofNullable(query.accountId() == null ? null : accounts.find(eq("_id", query.accountId())).first())
                .map(AccountDirectoryProjection::reminderPreferences);
    }

    private static ReminderPreferences reminderPreferences(Document doc) {
        ReminderPreferences defaults = ReminderPreferences.defaults(doc.getString("_id"), ZoneId.of(doc.getString("zone")));
        if (!doc.containsKey("sendAt")) {
            return defaults;
        }
        String digestDay = doc.getString("digestDay");
        return new ReminderPreferences(defaults.accountId(), doc.getString("email"), defaults.zone(),
                LocalTime.parse(doc.getString("sendAt")), digestDay == null ? null : DayOfWeek.valueOf(digestDay),
                doc.getBoolean("remindersOn", true));
    }

    @QueryHandler
    public AccountCount handle(CountAccounts query) {
        return new AccountCount(accounts.countDocuments());
    }
}
