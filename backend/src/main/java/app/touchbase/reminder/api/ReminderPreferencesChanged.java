package app.touchbase.reminder.api;

import org.axonframework.serialization.Revision;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;

@Revision("1")
public record ReminderPreferencesChanged(String accountId, String email, LocalTime sendAt, DayOfWeek digestDay,
                                         boolean remindersOn, Instant changedAt) {
}
