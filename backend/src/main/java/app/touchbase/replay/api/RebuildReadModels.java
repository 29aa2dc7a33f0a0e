package app.touchbase.replay.api;

/** Throw away every read model and rebuild it from the full event history. Answers the names of the rebuilt models. */
public record RebuildReadModels() {
}
