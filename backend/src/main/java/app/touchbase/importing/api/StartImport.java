package app.touchbase.importing.api;

import java.util.List;
import java.util.UUID;

/**
 * Imports the chosen rows (by {@link PreviewRow#row()}) of a file. The whole file is read and every chosen row
 * checked before anything is stored; then the import is recorded and carried out in the background (see
 * {@link FetchImport}). Answers the number of contacts that will be added.
 */
public record StartImport(String owner, UUID importId, String fileName, byte[] content, List<Integer> rows) {
}
