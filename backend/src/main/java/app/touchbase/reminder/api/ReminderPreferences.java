package app.touchbase.reminder.api;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * Where and when reminders go: the address, the local time of day they are sent at, the weekday of the digest
 * (null: no digest), and whether reminder mails go out at all.
 */
public record ReminderPreferences(String accountId, String email, ZoneId zone, LocalTime sendAt, DayOfWeek digestDay,
                                  boolean remindersOn) {

    public static final LocalTime DEFAULT_SEND_AT = LocalTime.of(9, 0);
    public static final DayOfWeek DEFAULT_DIGEST_DAY = DayOfWeek.MONDAY;

    public static ReminderPreferences defaults(String accountId, ZoneId zone) {
        return new ReminderPreferences(accountId, null, zone, DEFAULT_SEND_AT, DEFAULT_DIGEST_DAY, true);
    }

    /** These preferences after the change, in the same zone. */
    public ReminderPreferences changedBy(ReminderPreferencesChanged change) {
        return new ReminderPreferences(accountId, change.email(), zone, change.sendAt(), change.digestDay(), change.remindersOn());
    }

    public ReminderPreferences inZone(ZoneId newZone) {
        return new ReminderPreferences(accountId, email, newZone, sendAt, digestDay, remindersOn);
    }
}
