package app.touchbase.plan.api;

/**
 * Whether everyone's rules fit in the weekly budget; answers {@link Capacity}. {@code budget} asks "what if" for a
 * budget not saved yet; null means the owner's budget.
 */
public record CheckCapacity(String owner, Integer budget) {

    public CheckCapacity(String owner) {
        this(owner, null);
    }
}
