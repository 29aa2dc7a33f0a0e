package app.touchbase.replay.api;

/**
 * {@code rebuilding} holds from the moment a rebuild is recorded (before anything is deleted) until the newest event of
 * that moment has been folded again, also across restarts; while it holds, the read models are incomplete.
 */
public record ReadModelState(String name, boolean running, boolean rebuilding, boolean caughtUp, boolean failing) {
}
