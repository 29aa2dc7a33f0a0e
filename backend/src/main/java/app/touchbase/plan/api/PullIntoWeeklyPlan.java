package app.touchbase.plan.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

/** Adds someone to the week's plan beyond the budget ("add to this week"). */
public record PullIntoWeeklyPlan(String owner, LocalDate weekStart, UUID contactId) {

    @TargetAggregateIdentifier
    public String planId() {
        return PlanWeek.planId(owner, weekStart);
    }
}
