package app.touchbase.importing.api;

import java.util.List;

/** What importing a file would do, row by row; {@code notes} say how the file was read (e.g. its encoding). */
public record ImportPreview(ImportFormat format, List<PreviewRow> rows, List<String> notes) {

    public ImportPreview {
        rows = List.copyOf(rows);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    public ImportPreview(ImportFormat format, List<PreviewRow> rows) {
        this(format, rows, List.of());
    }

    public long count(RowStatus status) {
        return rows.stream().filter(row -> row.status() == status).count();
    }
}
