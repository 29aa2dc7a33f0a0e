package app.touchbase.reminder.api;

/** Carries out a one-click link from a mail; answers a sentence saying what was done. */
public record FollowReminderLink(String token) {
}
