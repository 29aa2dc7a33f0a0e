package app.touchbase.importing.api;

import java.util.UUID;

/** Answers {@code Optional<ImportSummary>}. */
public record FetchImport(String owner, UUID importId) {
}
