package app.touchbase.ui.due;

import app.touchbase.contact.api.AwaitedReply;
import app.touchbase.followup.api.CompleteFollowUp;
import app.touchbase.followup.api.FollowUp;
import app.touchbase.interaction.api.MarkReplied;
import app.touchbase.nexttouch.api.TouchStatus;
import app.touchbase.plan.api.Capacity;
import app.touchbase.plan.api.CheckCapacity;
import app.touchbase.plan.api.ComingWeeks;
import app.touchbase.plan.api.FetchThisWeek;
import app.touchbase.plan.api.GiveAndAsk;
import app.touchbase.plan.api.MarkPlanItemDone;
import app.touchbase.plan.api.MovePlanItemToNextWeek;
import app.touchbase.plan.api.PlanComingWeeks;
import app.touchbase.plan.api.PlanItem;
import app.touchbase.plan.api.PlanItemStatus;
import app.touchbase.plan.api.PlannedTouch;
import app.touchbase.plan.api.PlannedWeek;
import app.touchbase.plan.api.PullIntoWeeklyPlan;
import app.touchbase.plan.api.SkipPlanItem;
import app.touchbase.plan.api.ThisWeek;
import app.touchbase.ui.base.Backend;
import app.touchbase.ui.base.CapacityNote;
import app.touchbase.ui.base.Feedback;
import app.touchbase.ui.base.Formats;
import app.touchbase.ui.base.SignedIn;
import app.touchbase.ui.contact.LogTouchDialog;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * This week's plan on the Due page: the few people to reach this week within the budget, each as a card with the way
 * to reach them, what to bring up and what to offer, and Done / Skip / Next week; below, the replies awaited and the
 * promises due, the give-and-ask balance, the capacity check and the coming weeks.
 */
class ThisWeekPanel extends VerticalLayout {

    static final int WEEKS_AHEAD = 4;

    final Paragraph heading = new Paragraph();
    final Div items = new Div();
    final Paragraph balance = new Paragraph();
    final Div waiting = new Div();
    final Div promises = new Div();
    final CapacityNote capacity = new CapacityNote();
    final UnorderedList comingWeeks = new UnorderedList();
    private final Backend backend;
    private final SignedIn account;
    private ThisWeek plan;
    private List<PlanItem> shown = List.of();
    private final Map<UUID, PlanCard> cards = new LinkedHashMap<>();
    /** Changes sent but maybe not in the read models yet: a refresh in between must not undo them on screen. */
    private final Map<UUID, PlanItemStatus> sent = new HashMap<>();

    ThisWeekPanel(Backend backend, SignedIn account) {
        this.backend = backend;
        this.account = account;
        setPadding(false);
        heading.setId("plan-heading");
        items.setId("plan-items");
        items.setWidthFull();
        balance.setId("plan-balance");
        waiting.setId("plan-waiting");
        promises.setId("plan-promises");
        capacity.setId("plan-capacity");
        comingWeeks.setId("coming-weeks");
        add(heading, items, waiting, promises, balance, capacity, new H3("The coming weeks"), comingWeeks);
    }

    ThisWeek plan() {
        return plan;
    }

    boolean inPlan(UUID contactId) {
        return shown.stream().anyMatch(item -> item.contactId().equals(contactId));
    }

    /** The cards as shown, in the plan's order. */
    List<PlanCard> cards() {
        return List.copyOf(cards.values());
    }

    void refresh() {
        plan = backend.query(new FetchThisWeek(account.owner()), ThisWeek.class);
        show(withChangesSent(plan.items()));
        showWaiting(plan.waiting());
        showPromises(plan.promises());
        balance.setText(balance(plan.balance()));
        capacity.show(backend.query(new CheckCapacity(account.owner()), Capacity.class));
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

    /** Draws again only the cards whose person changed, so a refresh never replaces a button under the owner's click. */
    private void show(List<PlanItem> planItems) {
        Map<UUID, PlanCard> next = new LinkedHashMap<>();
        for (PlanItem item : planItems) {
            PlanCard card = cards.get(item.contactId());
            next.put(item.contactId(), card != null && card.item.equals(item) ? card
                    : new PlanCard(item, account.today(), this::done, this::skip, this::moveToNextWeek, this::replied));
        }
        if (!List.copyOf(next.values()).equals(List.copyOf(cards.values()))) {
            items.removeAll();
            next.values().forEach(items::add);
        }
        cards.clear();
        cards.putAll(next);
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

    /** "Across everyone since 1 Dec 2025 you gave 4 and asked 6: this week, offer before you ask." */
    static String balance(GiveAndAsk everyone) {
        if (everyone == null || everyone.gave() + everyone.asked() == 0) {
            return "Mark a touch as gave or asked when you log it, and the plan learns whom you owe a favour.";
        }
        return "Across everyone since " + Formats.day(everyone.since()) + " you gave " + everyone.gave() + " and asked "
                + everyone.asked() + (everyone.asked() > everyone.gave() ? ": this week, offer before you ask." : ".");
    }

    private void showWaiting(List<AwaitedReply> replies) {
        waiting.removeAll();
        waiting.setVisible(!replies.isEmpty());
        if (replies.isEmpty()) {
            return;
        }
        waiting.add(new H3("Waiting for a reply"));
        replies.forEach(reply -> {
            Span what = new Span(reply.contactName() + ": your " + reply.what() + " of " + Formats.day(reply.since())
                    + (reply.notes() == null ? "" : ", “" + reply.notes() + "”"));
            Button replied = new Button("They replied", click -> replied(reply.contactId(), reply.contactName()));
            replied.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            waiting.add(PlanCard.row(what, replied));
        });
    }

    private void showPromises(List<FollowUp> due) {
        promises.removeAll();
        promises.setVisible(!due.isEmpty());
        if (due.isEmpty()) {
            return;
        }
        promises.add(new H3("Promises due this week"));
        due.forEach(promise -> {
            boolean late = promise.dueOn().isBefore(plan.today());
            Span what = new Span(promise.contactName() + ": " + promise.text() + " (due " + Formats.day(promise.dueOn())
                    + (late ? ", late)" : ")"));
            if (late) {
                what.getStyle().set("color", "var(--lumo-error-text-color)");
            }
            Button keep = new Button("Done", click -> keep(promise));
            keep.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            promises.add(PlanCard.row(what, keep));
        });
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

    private void replied(PlanItem item) {
        replied(item.contactId(), item.name());
    }

    void replied(UUID contactId, String name) {
        if (Feedback.accepted(() -> backend.send(new MarkReplied(contactId, account.owner())), Map.of())) {
            Feedback.saved(name + " replied: no longer waiting");
            refresh();
        }
    }

    void keep(FollowUp promise) {
        if (Feedback.accepted(() -> backend.send(new CompleteFollowUp(promise.contactId(), account.owner(), promise.followUpId())), Map.of())) {
            Feedback.saved("Promise to " + promise.contactName() + " kept");
            refresh();
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
            more.add(PlanItem.pulledIn(contactId, name));
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
            plan = plan.asRecorded();
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
        byId.put(item.contactId(), byId.getOrDefault(item.contactId(), item).withStatus(status));
        show(List.copyOf(byId.values()));
        return true;
    }
}
