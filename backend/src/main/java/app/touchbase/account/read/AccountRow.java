package app.touchbase.account.read;

import app.touchbase.account.api.AccountRegistered;
import app.touchbase.account.api.AccountSettings;
import app.touchbase.account.api.LoginAccount;
import app.touchbase.reminder.api.ReminderPreferences;
import org.bson.codecs.pojo.annotations.BsonId;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;

/**
 * One account: sign-in, settings and reminder preferences. The zone and the hour are kept as text ("Europe/Berlin",
 * "09:00"); the reminder fields stay empty until the owner first saves preferences. Public only because the driver's
 * record codec reads the components reflectively; nothing outside this package uses it.
 */
public record AccountRow(@BsonId String accountId, String displayName, String passwordHash, String zone,
                         Period defaultCadence, Instant registeredAt, String email, String sendAt, DayOfWeek digestDay,
                         Boolean remindersOn) {

    static AccountRow of(AccountRegistered event) {
        return new AccountRow(event.accountId(), event.displayName(), event.passwordHash(), event.zone().getId(), null,
                event.registeredAt(), null, null, null, null);
    }

    ZoneId zoneId() {
        return ZoneId.of(zone);
    }

    LoginAccount login() {
        return new LoginAccount(accountId, passwordHash);
    }

    AccountSettings settings() {
        return new AccountSettings(accountId, displayName, zoneId(), defaultCadence);
    }

    ReminderPreferences reminderPreferences() {
        ReminderPreferences defaults = ReminderPreferences.defaults(accountId, zoneId());
        if (sendAt == null) {
            return defaults;
        }
        return new ReminderPreferences(accountId, email, defaults.zone(), LocalTime.parse(sendAt), digestDay,
                remindersOn == null || remindersOn);
    }
}
