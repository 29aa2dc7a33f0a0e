package app.touchbase.importing.api;

import java.util.List;

public record ImportPreview(ImportFormat format, List<PreviewRow> rows) {

    public ImportPreview {
        rows = List.copyOf(rows);
    }

    public long count(RowStatus status) {
        return rows.stream().filter(row -> row.status() == status).count();
    }
}
