package app.touchbase.importing.parse;

import app.touchbase.importing.api.ImportedPerson;

import java.util.List;

/**
 * One row of a file: the person read from it, or why it can't be imported; values that were left out
 * ({@code warnings}); and what was kept as something else than it was in the file ({@code keptAs}, e.g.
 * "Nickname → fact").
 */
public record ParsedRow(int row, ImportedPerson person, String skippedBecause, List<String> warnings, List<String> keptAs) {

    public ParsedRow {
        warnings = List.copyOf(warnings);
        keptAs = keptAs == null ? List.of() : List.copyOf(keptAs);
    }

    public ParsedRow(int row, ImportedPerson person, String skippedBecause, List<String> warnings) {
        this(row, person, skippedBecause, warnings, List.of());
    }

    static ParsedRow skipped(int row, String reason) {
        return new ParsedRow(row, null, reason, List.of());
    }
}
