package app.touchbase.ui.duplicates;

import app.touchbase.contact.api.ContactDetails;
import app.touchbase.contact.api.ContactSummary;
import app.touchbase.duplicates.api.DuplicatePair;
import app.touchbase.duplicates.api.DuplicateReason;
import app.touchbase.ui.base.StatusBadge;
import app.touchbase.ui.contact.ContactView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** One likely duplicate pair as a card that reads on a phone: both people, why they look alike, Merge and Not duplicates. */
class DuplicateCard extends Div {

    final DuplicatePair pair;
    final Button merge = new Button("Merge…");
    final Button dismiss = new Button("Not duplicates");

    DuplicateCard(DuplicatePair pair, Consumer<DuplicatePair> onMerge, Consumer<DuplicatePair> onDismiss) {
        this.pair = pair;
        addClassName("duplicate-card");
        getStyle().set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("margin-bottom", "var(--lumo-space-s)")
                .set("max-width", "48em").set("box-sizing", "border-box").set("width", "100%").set("overflow-wrap", "anywhere");

        FlexLayout reasons = row(pair.reasons().stream().map(reason -> (Component) new StatusBadge(reason.label(), tone(reason))).toList());
        add(reasons, person(pair.first()), person(pair.second()));

        merge.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        merge.addClickListener(click -> onMerge.accept(pair));
        dismiss.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        dismiss.addClickListener(click -> onDismiss.accept(pair));
        add(row(List.of(merge, dismiss)));
    }

    /** "Same email" and "Same phone number" are near certain; a similar name is worth a look. */
    private static StatusBadge.Tone tone(DuplicateReason reason) {
        return reason == DuplicateReason.SIMILAR_NAME ? StatusBadge.Tone.QUIET : StatusBadge.Tone.ATTENTION;
    }

    private static Component person(ContactSummary contact) {
        Div person = new Div();
        person.getStyle().set("margin", "var(--lumo-space-xs) 0");
        RouterLink name = new RouterLink(contact.details().name(), ContactView.class,
                new RouteParameters("contactId", contact.contactId().toString()));
        name.getStyle().set("font-weight", "600");
        person.add(name);
        String said = String.join(" · ", lines(contact.details()));
        if (!said.isEmpty()) {
            Div details = new Div(said);
            details.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
            person.add(details);
        }
        return person;
    }

    /** What tells two people apart: work, emails, phone numbers. */
    static List<String> lines(ContactDetails details) {
        List<String> lines = new ArrayList<>();
        String work = Stream.of(details.role(), details.company()).filter(Objects::nonNull).collect(Collectors.joining(" at "));
        if (!work.isEmpty()) {
            lines.add(work);
        }
        lines.addAll(details.emails());
        lines.addAll(details.phones());
        return lines;
    }

    private static FlexLayout row(List<Component> parts) {
        FlexLayout row = new FlexLayout();
        parts.forEach(row::add);
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.setAlignItems(FlexComponent.Alignment.CENTER);
        row.getStyle().set("gap", "var(--lumo-space-s)");
        return row;
    }
}
