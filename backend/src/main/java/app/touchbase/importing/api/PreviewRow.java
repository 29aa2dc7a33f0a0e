package app.touchbase.importing.api;

import java.util.List;
import java.util.UUID;

/**
 * What importing one row of the file would do. {@code row} counts from 1 as the file is read (for a CSV, the line of
 * the record); {@code person} is null for a skipped row that could not be read; {@code duplicateOf} names the existing
 * contact a duplicate matches (null for a duplicate of an earlier row); {@code warnings} name values left out.
 */
public record PreviewRow(int row, ImportedPerson person, RowStatus status, String reason, UUID duplicateOf,
                         List<String> warnings) {

    public PreviewRow {
        warnings = List.copyOf(warnings);
    }
}
