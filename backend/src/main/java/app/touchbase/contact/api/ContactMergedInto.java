package app.touchbase.contact.api;

import app.touchbase.shared.api.ContactEvent;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

/** This contact was merged into {@code keptContactId}; a {@link ContactArchived} follows, so every list leaves it out. */
@Revision("1")
public record ContactMergedInto(UUID contactId, String owner, UUID keptContactId, Instant mergedAt) implements ContactEvent {
}
