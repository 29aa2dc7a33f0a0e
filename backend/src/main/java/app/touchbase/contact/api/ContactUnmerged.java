package app.touchbase.contact.api;

import app.touchbase.shared.api.ContactEvent;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The merge of this contact into {@code keptContactId} was undone; a {@link ContactRestored} follows. It goes back into
 * {@code circleIds}, the circles it left with the merge (revision 2; older events name none).
 */
@Revision("2")
public record ContactUnmerged(UUID contactId, String owner, UUID keptContactId, Instant undoneAt, List<UUID> circleIds)
        implements ContactEvent {

    public ContactUnmerged {
        circleIds = circleIds == null ? List.of() : List.copyOf(circleIds);
    }

    public ContactUnmerged(UUID contactId, String owner, UUID keptContactId, Instant undoneAt) {
        this(contactId, owner, keptContactId, undoneAt, List.of());
    }
}
