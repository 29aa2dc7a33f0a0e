package app.touchbase.ui;

import app.touchbase.nexttouch.api.TouchStatus;
import app.touchbase.plan.api.Capacity;
import app.touchbase.plan.api.CheckCapacity;
import app.touchbase.plan.api.ComingWeeks;
import app.touchbase.plan.api.FetchThisWeek;
import app.touchbase.plan.api.MarkPlanItemDone;
import app.touchbase.plan.api.MovePlanItemToNextWeek;
import app.touchbase.plan.api.PlanComingWeeks;
import app.touchbase.plan.api.PlanItem;
import app.touchbase.plan.api.PlanItemStatus;
import app.touchbase.plan.api.PlanSource;
import app.touchbase.plan.api.PlannedTouch;
import app.touchbase.plan.api.PlannedWeek;
import app.touchbase.plan.api.PullIntoWeeklyPlan;
import app.touchbase.plan.api.Reach;
import app.touchbase.plan.api.SkipPlanItem;
import app.touchbase.plan.api.ThisWeek;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * This week's plan on the Due page: the few people to reach this week within the budget, each with the way to reach
 * them and Done / Skip / Next week; the capacity check and the coming weeks below.
 */
class ThisWeekPanel extends VerticalLayout {

    static final String PLAN_ACTIONS = "plan-actions";
    static final int WEEKS_AHEAD = 4;

    final Paragraph heading = new Paragraph();
    final Grid<PlanItem> items = new Grid<>();
    final Paragraph capacity = new Paragraph();
    final UnorderedList fixes = new UnorderedList();
    final UnorderedList comingWeeks = new UnorderedList();
    private final Backend backend;
    private final SignedIn account;
    private ThisWeek plan;
    private List<PlanItem> shown = List.of();
    /** Changes sent but maybe not in the read models yet: a refresh in between must not undo them on screen. */
    private final Map<UUID, PlanItemStatus> sent = new HashMap<>();

    ThisWeekPanel(Backend backend, SignedIn account) {
        this.backend = backend;
        this.account = account;
        setPadding(false);
        heading.setId("plan-heading");
        items.setId("plan-items");
        items.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        items.addComponentColumn(item -> new RouterLink(item.name(), ContactView.class,
                new RouteParameters("contactId", item.contactId().toString()))).setHeader("Who").setAutoWidth(true).setFlexGrow(1);
        items.addColumn(ThisWeekPanel::why).setHeader("Why").setAutoWidth(true);
        items.addComponentColumn(ThisWeekPanel::reach).setKey("reach").setHeader("Reach them").setAutoWidth(true);
        items.addColumn(item -> item.status().label()).setKey("status").setHeader("This week").setAutoWidth(true);
        items.addComponentColumn(this::actions).setKey(PLAN_ACTIONS).setAutoWidth(true);
        items.setAllRowsVisible(true);
        capacity.setId("plan-capacity");
        comingWeeks.setId("coming-weeks");
        add(heading, items, capacity, fixes, new H3("The coming weeks"), comingWeeks);
    }

    ThisWeek plan() {
        return plan;
    }

    boolean inPlan(UUID contactId) {
        return shown.stream().anyMatch(item -> item.contactId().equals(contactId));
    }

    void refresh() {
        plan = backend.query(new FetchThisWeek(account.owner()), ThisWeek.class);
        show(withChangesSent(plan.items()));
        showCapacity(backend.query(new CheckCapacity(account.owner()), Capacity.class));
        showComingWeeks(backend.query(new PlanComingWeeks(account.owner(), WEEKS_AHEAD), ComingWeeks.class));
    }

    private List<PlanItem> withChangesSent(List<PlanItem> planItems) {
        planItems.stream().filter(item -> item.status() == sent.get(item.contactId()))
                .forEach(caughtUp -> sent.remove(caughtUp.contactId()));
        List<PlanItem> merged = new ArrayList<>(planItems.stream()
                .map(item -> sent.containsKey(item.contactId()) ? item.withStatus(sent.get(item.contactId())) : item).toList());
        shown.stream().filter(item -> sent.containsKey(item.contactId()))
                .filter(item -> merged.stream().noneMatch(one -> one.contactId().equals(item.contactId())))
                .forEach(merged::add);
        return merged;
    }

    private void show(List<PlanItem> planItems) {
        if (!planItems.equals(shown) || planItems.isEmpty()) {
            // a new list renders every row's buttons again: only when something changed, not under the owner's click
            items.setItems(planItems);
        }
        shown = planItems;
        items.setVisible(!planItems.isEmpty());
        heading.setText(heading(plan, planItems));
    }

    /** "Week of 16 Nov 2026: 1 of 3 done. 4 more are due; the coming weeks take them." */
    static String heading(ThisWeek plan, List<PlanItem> planItems) {
        String week = "Week of " + Formats.day(plan.weekStart()) + ", budget " + plan.budget() + " a week: ";
        if (planItems.isEmpty()) {
            return week + "nobody is due, so nothing is planned.";
        }
        long done = planItems.stream().filter(item -> item.status() == PlanItemStatus.DONE).count();
        String beyond = plan.dueBeyondPlan() == 0 ? ""
                : " " + plan.dueBeyondPlan() + (plan.dueBeyondPlan() == 1 ? " more is" : " more are") + " due; the coming weeks take them.";
        return week + done + " of " + planItems.size() + " done." + beyond;
    }

    private void showCapacity(Capacity check) {
        capacity.setText(check.message());
        fixes.removeAll();
        check.fixes().forEach(fix -> fixes.add(new ListItem(fix)));
        fixes.setVisible(!check.fixes().isEmpty());
    }

    private void showComingWeeks(ComingWeeks coming) {
        comingWeeks.removeAll();
        coming.weeks().stream().skip(1).forEach(week -> comingWeeks.add(new ListItem(weekLine(week))));
        if (!coming.later().isEmpty()) {
            comingWeeks.add(new ListItem("Later: " + names(coming.later())));
        }
    }

    static String weekLine(PlannedWeek week) {
        return "Week of " + Formats.day(week.weekStart()) + ": " + (week.people().isEmpty() ? "nobody yet" : names(week.people()));
    }

    private static String names(List<PlannedTouch> people) {
        return people.stream().map(person -> person.name() + (person.status() == TouchStatus.OVERDUE
                ? " (overdue)" : "")).collect(Collectors.joining(", "));
    }

    /** "Left from last week · overdue 12 days · a promise is late · gave 0 · asked 2 in 12 months: offer something" */
    static String why(PlanItem item) {
        List<String> parts = new ArrayList<>();
        if (item.source() != PlanSource.PROPOSED) {
            parts.add(item.source().label());
        }
        if (!item.why().isEmpty()) {
            parts.add(item.why());
        }
        if (item.balance() != null) {
            parts.add(item.balance().describe());
        }
        return String.join(" · ", parts);
    }

    static Component reach(PlanItem item) {
        if (!item.reach().linked()) {
            return new Span(item.reach().label());
        }
        Anchor link = new Anchor(item.reach().href(), item.reach().label());
        link.setRouterIgnore(true);
        if (item.reach().href().startsWith("http")) {
            link.setTarget("_blank");
        }
        return link;
    }

    private HorizontalLayout actions(PlanItem item) {
        Button done = new Button("Done", click -> done(item));
        done.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        Button skip = new Button("Skip", click -> skip(item));
        skip.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        Button later = new Button("Next week", click -> moveToNextWeek(item));
        later.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        boolean open = item.status() != PlanItemStatus.DONE;
        done.setVisible(open);
        skip.setVisible(open && item.status() != PlanItemStatus.SKIPPED);
        later.setVisible(open && item.status() != PlanItemStatus.MOVED);
        return new HorizontalLayout(done, skip, later);
    }

    /** Done means a touch happened: the owner logs it (what, gave or asked), and the plan marks it done. */
    void done(PlanItem item) {
        LogTouchDialog.logging(backend, account, item.contactId(), item.name(), () -> {
            if (act(new MarkPlanItemDone(account.owner(), plan.weekStart(), item.contactId(), false), item, PlanItemStatus.DONE)) {
                Feedback.saved(item.name() + " is done for this week");
            }
        }).open();
    }

    void skip(PlanItem item) {
        if (act(new SkipPlanItem(account.owner(), plan.weekStart(), item.contactId()), item, PlanItemStatus.SKIPPED)) {
            Feedback.saved(item.name() + " is skipped this week");
        }
    }

    void moveToNextWeek(PlanItem item) {
        if (act(new MovePlanItemToNextWeek(account.owner(), plan.weekStart(), item.contactId()), item, PlanItemStatus.MOVED)) {
            Feedback.saved(item.name() + " comes first next week");
        }
    }

    /** "Add to this week" from the full due list: beyond the budget, because the owner chose so. */
    void pullIn(UUID contactId, String name) {
        try {
            if (plan == null) {
                refresh();
            }
            recordAsShown();
            backend.send(new PullIntoWeeklyPlan(account.owner(), plan.weekStart(), contactId));
            sent.put(contactId, PlanItemStatus.OPEN);
            List<PlanItem> more = new ArrayList<>(shown);
            more.add(new PlanItem(contactId, name, PlanSource.PULLED_IN, PlanItemStatus.OPEN, null, null, "", Reach.NOWHERE, null));
            show(more);
            Feedback.saved(name + " is added to this week");
        } catch (RuntimeException refused) {
            Feedback.refused(refused, Map.of());
        }
    }

    /**
     * Until the owner first acts on it, the plan is a proposal that follows the budget and the due list; the first
     * action records it as shown, so the week then keeps the people it started with.
     */
    private void recordAsShown() {
        if (!plan.recorded()) {
            backend.send(plan.toOpen(account.owner()));
            plan = new ThisWeek(plan.today(), plan.weekStart(), plan.budget(), true, plan.items(), plan.dueBeyondPlan());
        }
    }

    /** Sends the change and shows it at once; the read models catch up within moments. */
    private boolean act(Object command, PlanItem item, PlanItemStatus status) {
        try {
            recordAsShown();
            backend.send(command);
        } catch (RuntimeException refused) {
            Feedback.refused(refused, Map.of());
            return false;
        }
        sent.put(item.contactId(), status);
        Map<UUID, PlanItem> byId = shown.stream().collect(Collectors.toMap(PlanItem::contactId, Function.identity(), (a, b) -> a,
                LinkedHashMap::new));
        byId.put(item.contactId(), item.withStatus(status));
        show(List.copyOf(byId.values()));
        return true;
    }
}
