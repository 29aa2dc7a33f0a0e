package app.touchbase.importing.api;

import java.time.Instant;
import java.util.UUID;

public record ImportFailed(UUID importId, String owner, String problem, Instant failedAt) {
}
