package app.touchbase.importing.read;

import app.touchbase.importing.api.ImportFormat;
import app.touchbase.importing.api.ImportRecorded;
import app.touchbase.importing.api.ImportState;
import app.touchbase.importing.api.ImportSummary;
import org.bson.codecs.pojo.annotations.BsonId;

import java.time.Instant;
import java.util.UUID;

/**
 * One import: the file, how many contacts it holds and where it stands. Public only because the driver's record
 * codec reads the components reflectively; nothing outside this package uses it.
 */
public record ImportRow(@BsonId UUID importId, String owner, String fileName, ImportFormat format, int total,
                        ImportState state, String problem, Instant startedAt) {

    static ImportRow of(ImportRecorded event) {
        return new ImportRow(event.importId(), event.owner(), event.fileName(), event.format(), event.contacts().size(),
                ImportState.RUNNING, null, event.recordedAt());
    }

    /** How far a running import has come is known only to the instance running it; the stored row knows it when it ends. */
    ImportSummary view() {
        int done = switch (state) {
            case DONE, UNDONE -> total;
            default -> 0;
        };
        return new ImportSummary(importId, fileName, format, total, done, state, problem, startedAt);
    }
}
