package app.touchbase.importing.api;

import java.time.Instant;
import java.util.UUID;

public record ImportUndone(UUID importId, String owner, Instant undoneAt) {
}
