package app.touchbase.interaction.api;

import app.touchbase.shared.api.ContactEvent;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

/** The key of a touch's note was erased: the note reads back empty wherever it was written. */
@Revision("1")
public record TouchTextErased(UUID contactId, String owner, UUID interactionId, Instant erasedAt) implements ContactEvent {
}
