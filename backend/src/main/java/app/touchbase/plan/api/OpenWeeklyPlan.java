package app.touchbase.plan.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/**
 * Records the week's plan with the people proposed for it (see {@link FetchThisWeek}); a plan already opened stays as
 * it is, so opening twice is harmless.
 */
public record OpenWeeklyPlan(String owner, LocalDate weekStart, int budget, List<PlanEntry> entries) {

    @TargetAggregateIdentifier
    public String planId() {
        return PlanWeek.planId(owner, weekStart);
    }
}
