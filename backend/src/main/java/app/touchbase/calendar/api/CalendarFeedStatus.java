package app.touchbase.calendar.api;

import java.time.Instant;

/** Whether the account has a live calendar link, and since when ({@code null} when it has none). */
public record CalendarFeedStatus(boolean open, Instant openedAt) {
}
