package app.touchbase.account.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** {@code tokenHash} is the SHA-256 of the secret token, hex-encoded; the token itself is never stored. */
@Revision("1")
public record CalendarFeedOpened(String accountId, String tokenHash, Instant openedAt) {
}
