package app.touchbase.importing.api;

import java.time.Instant;
import java.util.UUID;

public record ImportFinished(UUID importId, String owner, Instant finishedAt) {
}
