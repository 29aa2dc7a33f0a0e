package app.touchbase.plan.write;

import app.touchbase.plan.WeeklyPlanState;
import app.touchbase.plan.api.MarkPlanItemDone;
import app.touchbase.plan.api.MovePlanItemToNextWeek;
import app.touchbase.plan.api.OpenWeeklyPlan;
import app.touchbase.plan.api.PlanEntry;
import app.touchbase.plan.api.PlanItemDone;
import app.touchbase.plan.api.PlanItemMoved;
import app.touchbase.plan.api.PlanItemPulledIn;
import app.touchbase.plan.api.PlanItemSkipped;
import app.touchbase.plan.api.PlanItemStatus;
import app.touchbase.plan.api.PlannedContact;
import app.touchbase.plan.api.PullIntoWeeklyPlan;
import app.touchbase.plan.api.SkipPlanItem;
import app.touchbase.plan.BudgetRules;
import app.touchbase.plan.api.WeeklyPlanEvent;
import app.touchbase.plan.api.WeeklyPlanOpened;
import app.touchbase.shared.Inputs;
import app.touchbase.shared.api.CommandRejectedException;
import app.touchbase.shared.api.InvalidInputException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** One owner's plan for one week (id: owner and the week's first day), recorded the first time it is opened. */
@Aggregate
public class WeeklyPlan {

    @AggregateIdentifier
    private String planId;
    private WeeklyPlanState state = WeeklyPlanState.NONE;

    protected WeeklyPlan() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(OpenWeeklyPlan command, Clock clock) {
        Inputs.requireOwner(command.owner());
        Inputs.requirePresent(command.weekStart(), "weekStart", "The week");
        BudgetRules.requireBudget(command.budget());
        Inputs.requirePresent(command.entries(), "entries", "The people of the plan");
        if (command.entries().size() > command.budget()) {
            throw new InvalidInputException("entries", "A plan opens with at most its budget of " + command.budget()
                    + " people, not " + command.entries().size() + "; add more with \"Add to this week\".");
        }
        if (command.entries().stream().map(PlanEntry::contactId).anyMatch(Objects::isNull)
                || new HashSet<>(command.entries().stream().map(PlanEntry::contactId).toList()).size() != command.entries().size()) {
            throw new InvalidInputException("entries", "Each person is in a plan once, with their contact id.");
        }
        if (!state.opened()) {
            apply(new WeeklyPlanOpened(command.planId(), command.owner(), command.weekStart(), command.budget(),
                    command.entries(), clock.instant()));
        }
    }

    @CommandHandler
    public void handle(PullIntoWeeklyPlan command, Clock clock) {
        requireOpenedFor(command.owner());
        Inputs.requirePresent(command.contactId(), "contactId", "The contact");
        if (state.item(command.contactId()).isEmpty()) {
            apply(new PlanItemPulledIn(planId, state.owner(), state.weekStart(), command.contactId(), clock.instant()));
        }
    }

    @CommandHandler
    public void handle(MarkPlanItemDone command, Clock clock) {
        requireOpenedFor(command.owner());
        Optional<PlannedContact> item = command.byTouch() ? state.item(command.contactId()) : Optional.of(itemOf(command.contactId()));
        if (item.isPresent() && item.get().status() != PlanItemStatus.DONE) {
            apply(new PlanItemDone(planId, state.owner(), state.weekStart(), command.contactId(), command.byTouch(), clock.instant()));
        }
    }

    @CommandHandler
    public void handle(SkipPlanItem command, Clock clock) {
        requireOpenedFor(command.owner());
        if (itemOf(command.contactId()).status() != PlanItemStatus.SKIPPED) {
            apply(new PlanItemSkipped(planId, state.owner(), state.weekStart(), command.contactId(), clock.instant()));
        }
    }

    @CommandHandler
    public void handle(MovePlanItemToNextWeek command, Clock clock) {
        requireOpenedFor(command.owner());
        if (itemOf(command.contactId()).status() != PlanItemStatus.MOVED) {
            apply(new PlanItemMoved(planId, state.owner(), state.weekStart(), command.contactId(), clock.instant()));
        }
    }

    private PlannedContact itemOf(UUID contactId) {
        Inputs.requirePresent(contactId, "contactId", "The contact");
        return state.item(contactId).orElseThrow(() -> new InvalidInputException("contactId",
                "That person is not in the plan of the week of " + state.weekStart() + ": add them to this week first."));
    }

    private void requireOpenedFor(String owner) {
        if (!state.opened() || !Objects.equals(state.owner(), owner)) {
            throw new CommandRejectedException("There is no plan for that week yet: open This week first.");
        }
    }

    @EventSourcingHandler
    void on(WeeklyPlanEvent event) {
        planId = event.planId();
        state = state.after(event);
    }
}
