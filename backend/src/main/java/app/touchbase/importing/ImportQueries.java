package app.touchbase.importing;

import app.touchbase.importing.api.FetchImport;
import app.touchbase.importing.api.ImportSummary;
import app.touchbase.importing.api.Imports;
import app.touchbase.importing.api.ListImports;
import app.touchbase.importing.read.ImportProjection;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** Imports as recorded, with the progress of any that are running on this instance. */
@Component
class ImportQueries {

    private final ImportProjection imports;
    private final ImportRunner runner;

    ImportQueries(ImportProjection imports, ImportRunner runner) {
        this.imports = imports;
        this.runner = runner;
    }

    @QueryHandler
    Optional<ImportSummary> handle(FetchImport query) {
        return imports.find(query.owner(), query.importId()).map(this::withProgress);
    }

    @QueryHandler
    Imports handle(ListImports query) {
        return new Imports(imports.all(query.owner()).stream().map(this::withProgress).toList());
    }

    private ImportSummary withProgress(ImportSummary summary) {
        return runner.progress(summary.importId())
                .map(done -> new ImportSummary(summary.importId(), summary.fileName(), summary.format(), summary.total(), done,
                        summary.state(), summary.problem(), summary.startedAt()))
                .orElse(summary);
    }
}
