package app.touchbase.reminder.api;

/** Answers {@link ReminderPreferences}, with defaults for an account that never chose any. */
public record FetchReminderPreferences(String accountId) {
}
