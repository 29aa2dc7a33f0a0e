package app.touchbase.importing.api;

/** Answers {@link Imports}, newest first. */
public record ListImports(String owner) {
}
