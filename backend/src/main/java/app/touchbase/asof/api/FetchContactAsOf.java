package app.touchbase.asof.api;

import java.time.Instant;
import java.util.UUID;

/** The contact as it was at {@code asOf}, folded from its events up to that moment; empty for another owner's contact. */
public record FetchContactAsOf(String owner, UUID contactId, Instant asOf) {
}
