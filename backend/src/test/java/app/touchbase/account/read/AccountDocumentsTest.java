package app.touchbase.account.read;

import app.touchbase.account.AccountsProperties;
import app.touchbase.account.api.AccountRegistered;
import app.touchbase.account.api.AccountSettings;
import app.touchbase.account.api.AccountSettingsChanged;
import app.touchbase.account.api.FetchAccountSettings;
import app.touchbase.account.api.FindLoginAccount;
import app.touchbase.account.api.LoginAccount;
import app.touchbase.reminder.api.FetchReminderPreferences;
import app.touchbase.reminder.api.ReminderPreferences;
import app.touchbase.reminder.api.ReminderPreferencesChanged;
import app.touchbase.shared.api.AccountDeleted;
import app.touchbase.support.EmbeddedReadModels;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.bson.BsonBoolean;
import org.bson.BsonDateTime;
import org.bson.BsonDocument;
import org.bson.BsonString;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Accounts keep their documented fields as text, so sign-in and "today" in the owner's zone read them unchanged. */
class AccountDocumentsTest {

    static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    final EmbeddedReadModels mongo = new EmbeddedReadModels();
    final AccountZones zones = new AccountZones(mongo.database());
    final AccountDirectoryProjection projection = new AccountDirectoryProjection(mongo.database(), new AccountsProperties(false), zones);

    @AfterEach
    void close() {
        mongo.close();
    }

    @Test
    void aRegisteredAccountIsStoredOnceUnderItsUserName() {
        AccountRegistered registered = new AccountRegistered("ada", "Ada", "$2a$hash", BERLIN, T0);
        projection.on(registered);
        projection.on(new AccountRegistered("ada", "Someone else", "$2a$other", ZoneOffset.UTC, T0));

        assertThat(mongo.stored(AccountDirectoryProjection.COLLECTION, "ada")).isEqualTo(new BsonDocument("_id", new BsonString("ada"))
                .append("displayName", new BsonString("Ada"))
                .append("passwordHash", new BsonString("$2a$hash"))
                .append("zone", new BsonString("Europe/Berlin"))
                .append("registeredAt", new BsonDateTime(T0.toEpochMilli())));
        assertThat(projection.handle(new FindLoginAccount(" Ada "))).contains(new LoginAccount("ada", "$2a$hash"));
        assertThat(projection.handle(new FetchReminderPreferences("ada"))).contains(ReminderPreferences.defaults("ada", BERLIN));
        assertThat(zones.zoneOf("ada")).isEqualTo(BERLIN);
        assertThat(zones.zoneOf("nobody")).isEqualTo(ZoneOffset.UTC);
    }

    @Test
    void aZoneIsReadOnceAndForgottenWhenTheChangeOfItIsStored() {
        projection.on(new AccountRegistered("ada", "Ada", "$2a$hash", BERLIN, T0));
        assertThat(zones.zoneOf("ada")).isEqualTo(BERLIN);
        mongo.database().getCollection(AccountDirectoryProjection.COLLECTION)
                .updateOne(new Document("_id", "ada"), new Document("$set", new Document("zone", "Asia/Tokyo")));
        assertThat(zones.zoneOf("ada")).as("kept, not read at every ask").isEqualTo(BERLIN);

        UnitOfWork<?> folding = DefaultUnitOfWork.startAndGet(null);
        projection.on(new AccountSettingsChanged("ada", "Ada", ZoneId.of("America/New_York"), null, T0));
        assertThat(zones.zoneOf("ada")).as("until the change is stored").isEqualTo(BERLIN);
        folding.commit();
        assertThat(zones.zoneOf("ada")).isEqualTo(ZoneId.of("America/New_York"));

        projection.on(new AccountDeleted("ada", List.of(), T0));
        assertThat(zones.zoneOf("ada")).isEqualTo(ZoneOffset.UTC);
    }

    @Test
    void settingsAndPreferencesAreStoredAsText() {
        projection.on(new AccountRegistered("ada", "Ada", "$2a$hash", BERLIN, T0));
        projection.on(new AccountSettingsChanged("ada", "Ada L.", ZoneId.of("America/New_York"), Period.ofMonths(3), T0));
        projection.on(new ReminderPreferencesChanged("ada", "ada@example.org", LocalTime.of(7, 30), DayOfWeek.FRIDAY, false, T0));

        BsonDocument stored = mongo.stored(AccountDirectoryProjection.COLLECTION, "ada");
        assertThat(stored.get("zone")).isEqualTo(new BsonString("America/New_York"));
        assertThat(stored.get("defaultCadence")).isEqualTo(new BsonString("P3M"));
        assertThat(stored.get("sendAt")).isEqualTo(new BsonString("07:30"));
        assertThat(stored.get("digestDay")).isEqualTo(new BsonString("FRIDAY"));
        assertThat(stored.get("remindersOn")).isEqualTo(BsonBoolean.FALSE);
        assertThat(projection.handle(new FetchAccountSettings("ada")))
                .contains(new AccountSettings("ada", "Ada L.", ZoneId.of("America/New_York"), Period.ofMonths(3)));
        assertThat(projection.handle(new FetchReminderPreferences("ada"))).contains(new ReminderPreferences("ada",
                "ada@example.org", ZoneId.of("America/New_York"), LocalTime.of(7, 30), DayOfWeek.FRIDAY, false));

        projection.on(new AccountSettingsChanged("ada", "Ada L.", BERLIN, null, T0));
        projection.on(new ReminderPreferencesChanged("ada", null, LocalTime.of(9, 0), null, true, T0));
        assertThat(projection.handle(new FetchAccountSettings("ada"))).contains(new AccountSettings("ada", "Ada L.", BERLIN, null));
        assertThat(projection.handle(new FetchReminderPreferences("ada")))
                .contains(new ReminderPreferences("ada", null, BERLIN, LocalTime.of(9, 0), null, true));
    }
}
