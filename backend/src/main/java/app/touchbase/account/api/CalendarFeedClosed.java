package app.touchbase.account.api;

import java.time.Instant;

public record CalendarFeedClosed(String accountId, Instant closedAt) {
}
