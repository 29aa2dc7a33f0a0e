package app.touchbase.contact.api;

import app.touchbase.shared.api.ContactEvent;
import app.touchbase.shared.api.Erasure;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

/**
 * The contact's key was erased: its earlier events stay in the store, in order, but read back without anything
 * personal, and every read model lets go of the contact.
 */
@Revision("1")
public record ContactErased(UUID contactId, String owner, Instant erasedAt) implements ContactEvent, Erasure {
}
