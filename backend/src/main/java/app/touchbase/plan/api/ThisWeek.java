package app.touchbase.plan.api;

import app.touchbase.contact.api.AwaitedReply;
import app.touchbase.followup.api.FollowUp;

import java.time.LocalDate;
import java.util.List;

/**
 * This week's plan in the owner's zone.
 *
 * @param recorded      whether the plan was opened (recorded); before that, {@code items} is the proposal
 * @param dueBeyondPlan how many people are due or overdue and not in the plan: the coming weeks take them
 * @param waiting       every touch whose reply the owner waits for, oldest first: time kept to respond
 * @param promises      open promises due by the end of the week (late ones included), earliest first
 * @param balance       what the owner gave and asked of everyone in the last twelve months
 */
public record ThisWeek(LocalDate today, LocalDate weekStart, int budget, boolean recorded, List<PlanItem> items,
                       int dueBeyondPlan, List<AwaitedReply> waiting, List<FollowUp> promises, GiveAndAsk balance) {

    public ThisWeek {
        items = List.copyOf(items);
        waiting = List.copyOf(waiting);
        promises = List.copyOf(promises);
    }

    /** What {@link OpenWeeklyPlan} records for this proposal. */
    public OpenWeeklyPlan toOpen(String owner) {
        return new OpenWeeklyPlan(owner, weekStart, budget,
                items.stream().map(item -> new PlanEntry(item.contactId(), item.source())).toList());
    }

    /** The same week once {@link #toOpen} was sent. */
    public ThisWeek asRecorded() {
        return new ThisWeek(today, weekStart, budget, true, items, dueBeyondPlan, waiting, promises, balance);
    }

    public LocalDate weekEnd() {
        return weekStart.plusDays(6);
    }
}
