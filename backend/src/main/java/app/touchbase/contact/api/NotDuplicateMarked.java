package app.touchbase.contact.api;

import app.touchbase.shared.api.ContactEvent;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

/** The owner said this contact and {@code otherContactId} are different people. */
@Revision("1")
public record NotDuplicateMarked(UUID contactId, String owner, UUID otherContactId, Instant markedAt) implements ContactEvent {
}
