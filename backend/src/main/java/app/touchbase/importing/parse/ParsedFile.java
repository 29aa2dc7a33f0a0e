package app.touchbase.importing.parse;

import app.touchbase.importing.api.ImportFormat;

import java.util.List;

/** The rows of a file, and notes on how it was read (its encoding, its column separator) for the preview. */
public record ParsedFile(ImportFormat format, List<ParsedRow> rows, List<String> notes) {

    public ParsedFile {
        rows = List.copyOf(rows);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    public ParsedFile(ImportFormat format, List<ParsedRow> rows) {
        this(format, rows, List.of());
    }
}
