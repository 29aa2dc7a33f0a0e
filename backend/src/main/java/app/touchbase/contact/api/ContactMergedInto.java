package app.touchbase.contact.api;

import app.touchbase.shared.api.ContactEvent;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * This contact was merged into {@code keptContactId}; a {@link ContactArchived} follows, so every list leaves it out.
 * It leaves {@code circleIds}, the circles it was in (revision 2; older events name none).
 */
@Revision("2")
public record ContactMergedInto(UUID contactId, String owner, UUID keptContactId, Instant mergedAt, List<UUID> circleIds)
        implements ContactEvent {

    public ContactMergedInto {
        circleIds = circleIds == null ? List.of() : List.copyOf(circleIds);
    }

    public ContactMergedInto(UUID contactId, String owner, UUID keptContactId, Instant mergedAt) {
        this(contactId, owner, keptContactId, mergedAt, List.of());
    }
}
