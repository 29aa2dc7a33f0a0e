package app.touchbase.reminder.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.DayOfWeek;
import java.time.LocalTime;

/** The time zone stays an account setting; see {@code ChangeAccountSettings}. */
public record ChangeReminderPreferences(@TargetAggregateIdentifier String accountId, String email, LocalTime sendAt,
                                        DayOfWeek digestDay, boolean remindersOn) {
}
