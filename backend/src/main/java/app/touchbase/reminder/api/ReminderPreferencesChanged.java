package app.touchbase.reminder.api;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;

public record ReminderPreferencesChanged(String accountId, String email, LocalTime sendAt, DayOfWeek digestDay,
                                         boolean remindersOn, Instant changedAt) {
}
