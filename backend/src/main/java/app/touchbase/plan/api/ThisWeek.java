package app.touchbase.plan.api;

import java.time.LocalDate;
import java.util.List;

/**
 * This week's plan in the owner's zone.
 *
 * @param recorded      whether the plan was opened (recorded); before that, {@code items} is the proposal
 * @param dueBeyondPlan how many people are due or overdue and not in the plan: the coming weeks take them
 */
public record ThisWeek(LocalDate today, LocalDate weekStart, int budget, boolean recorded, List<PlanItem> items,
                       int dueBeyondPlan) {

    public ThisWeek {
        items = List.copyOf(items);
    }

    /** What {@link OpenWeeklyPlan} records for this proposal. */
    public OpenWeeklyPlan toOpen(String owner) {
        return new OpenWeeklyPlan(owner, weekStart, budget,
                items.stream().map(item -> new PlanEntry(item.contactId(), item.source())).toList());
    }

    public LocalDate weekEnd() {
        return weekStart.plusDays(6);
    }
}
