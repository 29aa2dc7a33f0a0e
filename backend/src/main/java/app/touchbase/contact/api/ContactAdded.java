package app.touchbase.contact.api;

import app.touchbase.shared.api.ContactEvent;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

/** Revision 2: the details carry postal addresses (none in older events). */
@Revision("2")
public record ContactAdded(UUID contactId, String owner, ContactDetails details, Instant addedAt) implements ContactEvent {
}
