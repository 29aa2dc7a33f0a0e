package app.touchbase.importing.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

@Revision("1")
public record ImportUndone(UUID importId, String owner, Instant undoneAt) {
}
