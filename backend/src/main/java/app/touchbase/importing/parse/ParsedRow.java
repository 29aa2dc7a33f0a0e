package app.touchbase.importing.parse;

import app.touchbase.importing.api.ImportedPerson;

import java.util.List;

/** One row of a file: the person read from it, or why it can't be imported; and values that were left out. */
public record ParsedRow(int row, ImportedPerson person, String skippedBecause, List<String> warnings) {

    public ParsedRow {
        warnings = List.copyOf(warnings);
    }

    static ParsedRow skipped(int row, String reason) {
        return new ParsedRow(row, null, reason, List.of());
    }
}
