package app.touchbase.circle.api;

/** The owner's circles by name, the archived ones last; answers {@code List<CircleSummary>}. */
public record ListCircles(String owner, boolean includeArchived) {
}
