package app.touchbase.plan.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

/** Next week, before anyone new. */
public record MovePlanItemToNextWeek(String owner, LocalDate weekStart, UUID contactId) {

    @TargetAggregateIdentifier
    public String planId() {
        return PlanWeek.planId(owner, weekStart);
    }
}
