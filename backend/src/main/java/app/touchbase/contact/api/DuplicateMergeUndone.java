package app.touchbase.contact.api;

import app.touchbase.shared.api.ContactEvent;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The merge of {@code mergedContactId} into this contact was undone: the copies it took in were removed and its
 * details set back just before (as the usual events); it leaves {@code circleIds}, the circles it joined with the merge.
 */
@Revision("1")
public record DuplicateMergeUndone(UUID contactId, String owner, UUID mergedContactId, List<UUID> circleIds,
                                   Instant undoneAt) implements ContactEvent {

    public DuplicateMergeUndone {
        circleIds = circleIds == null ? List.of() : List.copyOf(circleIds);
    }
}
