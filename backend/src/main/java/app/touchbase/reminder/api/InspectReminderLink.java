package app.touchbase.reminder.api;

/** What a one-click link from a mail would do; answers {@link ReminderLinkView}. */
public record InspectReminderLink(String token) {
}
