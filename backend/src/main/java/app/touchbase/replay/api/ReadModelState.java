package app.touchbase.replay.api;

public record ReadModelState(String name, boolean running, boolean rebuilding, boolean caughtUp, boolean failing) {
}
