package app.touchbase.importing.api;

import java.time.Period;
import java.util.List;
import java.util.UUID;

/**
 * Imports the chosen rows (by {@link PreviewRow#row()}) of a file. The whole file is read and every chosen row
 * checked before anything is stored; then the import is recorded and carried out in the background (see
 * {@link FetchImport}). Answers the number of contacts that will be added. With a {@code cadence}, every imported
 * contact gets it, their first due days spread over the cadence; with a {@code circleId}, every imported contact joins
 * that circle (and its rules, spread the same way).
 */
public record StartImport(String owner, UUID importId, String fileName, byte[] content, List<Integer> rows, Period cadence,
                          UUID circleId) {

    public StartImport(String owner, UUID importId, String fileName, byte[] content, List<Integer> rows, Period cadence) {
        this(owner, importId, fileName, content, rows, cadence, null);
    }

    public StartImport(String owner, UUID importId, String fileName, byte[] content, List<Integer> rows) {
        this(owner, importId, fileName, content, rows, null, null);
    }
}
