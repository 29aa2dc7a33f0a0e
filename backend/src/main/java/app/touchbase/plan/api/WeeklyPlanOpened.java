package app.touchbase.plan.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The week's plan as first opened: what was left from last week first, then the most urgent, within the budget. */
@Revision("1")
public record WeeklyPlanOpened(String planId, String owner, LocalDate weekStart, int budget, List<PlanEntry> entries,
                               Instant openedAt) implements WeeklyPlanEvent {

    public WeeklyPlanOpened {
        entries = List.copyOf(entries);
    }
}
