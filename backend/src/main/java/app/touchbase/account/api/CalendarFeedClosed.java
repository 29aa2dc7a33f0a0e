package app.touchbase.account.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;

@Revision("1")
public record CalendarFeedClosed(String accountId, Instant closedAt) {
}
