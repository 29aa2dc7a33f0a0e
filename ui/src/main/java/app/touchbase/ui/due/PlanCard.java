package app.touchbase.ui.due;

import app.touchbase.contact.api.Fact;
import app.touchbase.contact.api.InteractionRecord;
import app.touchbase.followup.api.FollowUp;
import app.touchbase.plan.api.PlanItem;
import app.touchbase.plan.api.PlanItemStatus;
import app.touchbase.plan.api.PlanSource;
import app.touchbase.ui.base.Formats;
import app.touchbase.ui.base.StatusBadge;
import app.touchbase.ui.contact.ContactView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * One person of the week's plan as a card that reads as well on a phone as on a desk: who and why, how to reach them,
 * what was said last time and is worth mentioning, what to offer, and Done / Skip / Next week.
 */
class PlanCard extends Div {

    final PlanItem item;
    final StatusBadge status;
    final Div offer = new Div();
    final Button done = new Button("Done");
    final Button skip = new Button("Skip");
    final Button nextWeek = new Button("Next week");
    final Button replied = new Button("They replied");

    PlanCard(PlanItem item, LocalDate today, Consumer<PlanItem> onDone, Consumer<PlanItem> onSkip,
             Consumer<PlanItem> onNextWeek, Consumer<PlanItem> onReplied) {
        this.item = item;
        addClassName("plan-card");
        getStyle().set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("margin-bottom", "var(--lumo-space-s)")
                .set("max-width", "48em").set("box-sizing", "border-box").set("width", "100%");

        RouterLink name = new RouterLink(item.name(), ContactView.class, new RouteParameters("contactId", item.contactId().toString()));
        name.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-l)");
        status = new StatusBadge(item.status().label(), switch (item.status()) {
            case DONE -> StatusBadge.Tone.GOOD;
            case OPEN -> StatusBadge.Tone.NEUTRAL;
            default -> StatusBadge.Tone.QUIET;
        });
        FlexLayout top = row(name, status);
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(top, small(why(item)), line(reach(item)));

        if (item.lastTouch() != null) {
            add(line(new Span("Last time: " + lastTouch(item.lastTouch()))));
        }
        if (!item.facts().isEmpty()) {
            UnorderedList facts = new UnorderedList();
            item.facts().forEach(fact -> facts.add(new ListItem(said(fact))));
            facts.getStyle().set("margin", "0").set("padding-left", "var(--lumo-space-l)");
            add(small("Worth mentioning"), facts);
        }
        item.datesSoon().forEach(date -> add(line(new Span(date.label() + " on " + Formats.day(date.nextOccurrence())))));
        item.promises().forEach(promise -> add(line(promise(promise, today))));
        if (item.waiting() != null) {
            Span waiting = new Span("Waiting for their reply to your " + item.waiting().what() + " of " + Formats.day(item.waiting().since()));
            waiting.getStyle().set("color", "var(--lumo-warning-text-color, var(--lumo-primary-text-color))");
            replied.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            replied.addClickListener(click -> onReplied.accept(item));
            add(row(waiting, replied));
        }
        if (item.offer() != null) {
            offer.setText("Offer: " + item.offer());
            offer.getStyle().set("background", "var(--lumo-primary-color-10pct)").set("border-radius", "var(--lumo-border-radius-m)")
                    .set("padding", "var(--lumo-space-xs) var(--lumo-space-s)").set("margin", "var(--lumo-space-xs) 0");
            add(offer);
        }

        done.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        done.addClickListener(click -> onDone.accept(item));
        skip.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        skip.addClickListener(click -> onSkip.accept(item));
        nextWeek.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        nextWeek.addClickListener(click -> onNextWeek.accept(item));
        boolean open = item.status() != PlanItemStatus.DONE;
        done.setVisible(open);
        skip.setVisible(open && item.status() != PlanItemStatus.SKIPPED);
        nextWeek.setVisible(open && item.status() != PlanItemStatus.MOVED);
        add(row(done, skip, nextWeek));
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

    /** "12 Oct 2026, coffee or lunch: talked about the move to Lisbon" */
    static String lastTouch(InteractionRecord touch) {
        return Formats.day(touch.occurredOn()) + ", " + touch.type().label().toLowerCase(Locale.ROOT)
                + (touch.notes() == null ? "" : ": " + touch.notes());
    }

    private static String said(Fact fact) {
        return fact.topic() == null || fact.topic().isBlank() ? fact.text() : fact.topic() + ": " + fact.text();
    }

    private static Span promise(FollowUp promise, LocalDate today) {
        boolean late = promise.dueOn().isBefore(today);
        Span line = new Span("You promised: " + promise.text() + " (due " + Formats.day(promise.dueOn()) + (late ? ", late)" : ")"));
        if (late) {
            line.getStyle().set("color", "var(--lumo-error-text-color)");
        }
        return line;
    }

    private static Div small(String text) {
        Div small = new Div(text);
        small.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        return small;
    }

    private static Div line(Component content) {
        Div line = new Div(content);
        line.getStyle().set("margin", "var(--lumo-space-xs) 0");
        return line;
    }

    /** Parts side by side, wrapping onto the next line on a narrow screen. */
    static FlexLayout row(Component... parts) {
        FlexLayout row = new FlexLayout(parts);
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.getStyle().set("gap", "var(--lumo-space-s)");
        row.setAlignItems(FlexComponent.Alignment.CENTER);
        return row;
    }
}
