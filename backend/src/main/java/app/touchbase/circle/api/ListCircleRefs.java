package app.touchbase.circle.api;

/**
 * The owner's circles that are in force, by name, as chips and filters need them (no standings, so it is cheap to
 * ask on every refresh); answers {@code List<CircleRef>}.
 */
public record ListCircleRefs(String owner) {
}
