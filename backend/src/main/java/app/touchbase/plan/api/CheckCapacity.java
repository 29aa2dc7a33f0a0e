package app.touchbase.plan.api;

/** Whether everyone's rules fit in the weekly budget; answers {@link Capacity}. */
public record CheckCapacity(String owner) {
}
