package app.touchbase.importing.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Revision("1")
public record ImportUndoStarted(UUID importId, String owner, List<UUID> contactIds, Instant startedAt) {

    public ImportUndoStarted {
        contactIds = List.copyOf(contactIds);
    }
}
