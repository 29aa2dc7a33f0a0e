package app.touchbase.plan;

import app.touchbase.plan.api.PlanItemDone;
import app.touchbase.plan.api.PlanItemMoved;
import app.touchbase.plan.api.PlanItemPulledIn;
import app.touchbase.plan.api.PlanItemSkipped;
import app.touchbase.plan.api.PlanItemStatus;
import app.touchbase.plan.api.PlanSource;
import app.touchbase.plan.api.PlannedContact;
import app.touchbase.plan.api.WeeklyPlanEvent;
import app.touchbase.plan.api.WeeklyPlanOpened;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The one fold of a week's plan, used by the aggregate and the read model alike (pure). */
public record WeeklyPlanState(String planId, String owner, LocalDate weekStart, int budget, List<PlannedContact> items) {

    public static final WeeklyPlanState NONE = new WeeklyPlanState(null, null, null, 0, List.of());

    public WeeklyPlanState {
        items = items == null ? List.of() : List.copyOf(items);
    }

    public boolean opened() {
        return planId != null;
    }

    public Optional<PlannedContact> item(UUID contactId) {
        return items.stream().filter(item -> item.contactId().equals(contactId)).findFirst();
    }

    public WeeklyPlanState after(WeeklyPlanEvent event) {
        if (event instanceof WeeklyPlanOpened opened) {
            return new WeeklyPlanState(opened.planId(), opened.owner(), opened.weekStart(), opened.budget(),
                    opened.entries().stream()
                            .map(entry -> new PlannedContact(entry.contactId(), entry.source(), PlanItemStatus.OPEN)).toList());
        }
        if (event instanceof PlanItemPulledIn pulled) {
            return item(pulled.contactId()).isPresent() ? this
                    : withItems(append(new PlannedContact(pulled.contactId(), PlanSource.PULLED_IN, PlanItemStatus.OPEN)));
        }
        if (event instanceof PlanItemDone done) {
            return withStatus(done.contactId(), PlanItemStatus.DONE);
        }
        if (event instanceof PlanItemSkipped skipped) {
            return withStatus(skipped.contactId(), PlanItemStatus.SKIPPED);
        }
        if (event instanceof PlanItemMoved moved) {
            return withStatus(moved.contactId(), PlanItemStatus.MOVED);
        }
        return this;
    }

    private List<PlannedContact> append(PlannedContact item) {
        List<PlannedContact> more = new ArrayList<>(items);
        more.add(item);
        return more;
    }

    private WeeklyPlanState withStatus(UUID contactId, PlanItemStatus status) {
        return withItems(items.stream()
                .map(item -> item.contactId().equals(contactId) ? item.withStatus(status) : item).toList());
    }

    private WeeklyPlanState withItems(List<PlannedContact> newItems) {
        return new WeeklyPlanState(planId, owner, weekStart, budget, newItems);
    }
}
