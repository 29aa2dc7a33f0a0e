package app.touchbase.importing.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

public record ImportUndoStarted(UUID importId, String owner, List<UUID> contactIds, Instant startedAt) {

    public ImportUndoStarted {
        contactIds = List.copyOf(contactIds);
    }
}
