package app.touchbase.importing.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

public record ImportRecorded(UUID importId, String owner, String fileName, ImportFormat format, List<PlannedContact> contacts,
                             Instant recordedAt) {
}
