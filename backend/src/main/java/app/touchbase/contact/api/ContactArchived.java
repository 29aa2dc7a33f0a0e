package app.touchbase.contact.api;

import app.touchbase.shared.api.ContactEvent;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

@Revision("1")
public record ContactArchived(UUID contactId, String owner, Instant archivedAt) implements ContactEvent {
}
