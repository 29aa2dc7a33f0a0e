package app.touchbase.calendar.api;

/** The iCalendar file behind a secret calendar link. Answers Optional: empty for an unknown or revoked token. */
public record RenderCalendarFeed(String token) {
}
