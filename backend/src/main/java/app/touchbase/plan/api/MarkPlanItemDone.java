package app.touchbase.plan.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

/** The person was reached; {@code byTouch} when a logged touch says so (then someone not in the plan is no error). */
public record MarkPlanItemDone(String owner, LocalDate weekStart, UUID contactId, boolean byTouch) {

    @TargetAggregateIdentifier
    public String planId() {
        return PlanWeek.planId(owner, weekStart);
    }
}
