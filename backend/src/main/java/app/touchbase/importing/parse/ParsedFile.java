package app.touchbase.importing.parse;

import app.touchbase.importing.api.ImportFormat;

import java.util.List;

public record ParsedFile(ImportFormat format, List<ParsedRow> rows) {

    public ParsedFile {
        rows = List.copyOf(rows);
    }
}
