package app.touchbase.importing.api;

import java.time.Instant;
import java.util.UUID;

/** {@code done} counts the contacts added (or, while undoing, archived) so far out of {@code total}. */
public record ImportSummary(UUID importId, String fileName, ImportFormat format, int total, int done, ImportState state,
                            String problem, Instant startedAt) {
}
