package app.touchbase.contact.api;

import app.touchbase.shared.api.ContactEvent;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

/** The merge of this contact into {@code keptContactId} was undone; a {@link ContactRestored} follows. */
@Revision("1")
public record ContactUnmerged(UUID contactId, String owner, UUID keptContactId, Instant undoneAt) implements ContactEvent {
}
