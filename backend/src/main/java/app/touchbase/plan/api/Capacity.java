package app.touchbase.plan.api;

import java.util.List;

/**
 * How many touches a week the rules of everyone ask for, against the budget.
 *
 * @param people         contacts with at least one rule
 * @param touchesPerWeek what their rules need, each person counted once at their most frequent rule
 * @param message        the finding in one plain sentence
 * @param fixes          what would make it fit, most effective first; empty when it fits
 */
public record Capacity(int budget, int people, double touchesPerWeek, boolean fits, String message, List<String> fixes) {

    public Capacity {
        fixes = List.copyOf(fixes);
    }
}
