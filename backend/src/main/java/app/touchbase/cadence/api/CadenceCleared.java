package app.touchbase.cadence.api;

import java.time.Instant;
import java.util.UUID;

public record CadenceCleared(UUID contactId, String owner, Instant clearedAt) {
}
