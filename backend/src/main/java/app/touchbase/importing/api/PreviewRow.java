package app.touchbase.importing.api;

import java.util.List;
import java.util.UUID;

/**
 * What importing one row of the file would do. {@code row} counts from 1 as the file is read (for a CSV, the line of
 * the record); {@code person} is null for a skipped row that could not be read; {@code duplicateOf} names the existing
 * contact a duplicate matches (null for a duplicate of an earlier row); {@code warnings} name values left out;
 * {@code keptAs} says what the file's own fields became where they have no field of the same name ("Birthday →
 * important date", "Spouse → fact", "2 × Address → postal addresses").
 */
public record PreviewRow(int row, ImportedPerson person, RowStatus status, String reason, UUID duplicateOf,
                         List<String> warnings, List<String> keptAs) {

    public PreviewRow {
        warnings = List.copyOf(warnings);
        keptAs = keptAs == null ? List.of() : List.copyOf(keptAs);
    }

    public PreviewRow(int row, ImportedPerson person, RowStatus status, String reason, UUID duplicateOf, List<String> warnings) {
        this(row, person, status, reason, duplicateOf, warnings, List.of());
    }
}
