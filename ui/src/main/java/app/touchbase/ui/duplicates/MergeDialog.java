package app.touchbase.ui.duplicates;

import app.touchbase.contact.api.ContactDetails;
import app.touchbase.contact.api.ContactSummary;
import app.touchbase.duplicates.api.DuplicatePair;
import app.touchbase.duplicates.api.MergeContacts;
import app.touchbase.duplicates.api.UndoMerge;
import app.touchbase.ui.base.Backend;
import app.touchbase.ui.base.Feedback;
import app.touchbase.ui.contact.ContactView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Merging a likely duplicate pair: both contacts side by side, which one stays, and for every field where they differ
 * whose value to keep (for lists also both). Merging says so with a way to undo it.
 */
class MergeDialog extends Dialog {

    public final RadioButtonGroup<UUID> keep = new RadioButtonGroup<>("Which contact stays?");
    public final Button merge = new Button("Merge");
    final Map<String, RadioButtonGroup<MergedDetails.Source>> fields = new LinkedHashMap<>();
    private final ContactSummary first;
    private final ContactSummary second;

    /** {@code onMerged} hears the id of the contact merged away; {@code onUndone} that the merge was undone. */
    MergeDialog(Backend backend, String owner, DuplicatePair pair, Consumer<UUID> onMerged, Runnable onUndone) {
        this.first = pair.first();
        this.second = pair.second();
        setHeaderTitle("Merge " + first.details().name() + " and " + second.details().name());
        setMaxWidth("40rem");

        FlexLayout sideBySide = new FlexLayout(card(first), card(second));
        sideBySide.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        sideBySide.getStyle().set("gap", "var(--lumo-space-s)");

        keep.setItems(first.contactId(), second.contactId());
        keep.setItemLabelGenerator(id -> label(id.equals(first.contactId()) ? first : second));
        // the one known longer stays unless the owner says otherwise
        keep.setValue(second.addedAt() != null && first.addedAt() != null && second.addedAt().isBefore(first.addedAt())
                ? second.contactId() : first.contactId());
        keep.setHelperText("The other one is merged into it: its touches, facts, dates, promises, rules and circles "
                + "move over, its own history stays, and its page says where it went.");
        keep.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);

        VerticalLayout content = new VerticalLayout(sideBySide, keep);
        content.setPadding(false);
        ContactDetails one = first.details();
        ContactDetails other = second.details();
        single(content, "name", "Name", one, other, ContactDetails::name);
        list(content, "emails", "Emails", one, other, ContactDetails::emails);
        list(content, "phones", "Phone numbers", one, other, ContactDetails::phones);
        single(content, "company", "Company", one, other, ContactDetails::company);
        single(content, "role", "Role", one, other, ContactDetails::role);
        single(content, "preferredChannel", "Preferred channel", one, other, ContactDetails::preferredChannel);
        single(content, "howWeMet", "How you met", one, other, ContactDetails::howWeMet);
        list(content, "tags", "Tags", one, other, ContactDetails::tags);
        list(content, "addresses", "Postal addresses", one, other, ContactDetails::addresses);
        if (fields.isEmpty()) {
            content.add(new Paragraph("Their details do not contradict each other: the merged contact keeps everything both have."));
        }
        add(content);

        merge.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        merge.addClickListener(click -> merge(backend, owner, onMerged, onUndone));
        getFooter().add(new Button("Cancel", click -> close()), merge);
    }

    /** The details the merged contact will have, as chosen now. */
    ContactDetails chosen() {
        return MergedDetails.of(first.details(), second.details(), new MergedDetails.Choices(choice("name"), choice("emails"),
                choice("phones"), choice("company"), choice("role"), choice("preferredChannel"), choice("howWeMet"), choice("tags"),
                choice("addresses")));
    }

    /** The choice for one field, if the two contacts differ in it. */
    public RadioButtonGroup<MergedDetails.Source> field(String name) {
        return fields.get(name);
    }

    private void merge(Backend backend, String owner, Consumer<UUID> onMerged, Runnable onUndone) {
        ContactSummary kept = Objects.equals(keep.getValue(), second.contactId()) ? second : first;
        ContactSummary merged = kept == first ? second : first;
        ContactDetails details = chosen();
        if (Feedback.send(backend, new MergeContacts(owner, kept.contactId(), merged.contactId(), details), null)) {
            close();
            Feedback.undoable(merged.details().name() + " merged into " + details.name(),
                    () -> backend.send(new UndoMerge(owner, merged.contactId())), onUndone,
                    new RouterLink("Open", ContactView.class, new RouteParameters("contactId", kept.contactId().toString())));
            onMerged.accept(merged.contactId());
        }
    }

    private MergedDetails.Source choice(String name) {
        RadioButtonGroup<MergedDetails.Source> field = fields.get(name);
        return field == null ? null : field.getValue();
    }

    private <T> void single(VerticalLayout content, String name, String label, ContactDetails one, ContactDetails other,
                            Function<ContactDetails, T> field) {
        if (MergedDetails.differ(one, other, field)) {
            RadioButtonGroup<MergedDetails.Source> choice = choice(label, Map.of(
                    MergedDetails.Source.FIRST, MergedDetails.show(field.apply(one)),
                    MergedDetails.Source.SECOND, MergedDetails.show(field.apply(other))));
            choice.setValue(MergedDetails.Source.FIRST);
            fields.put(name, choice);
            content.add(choice);
        }
    }

    private void list(VerticalLayout content, String name, String label, ContactDetails one, ContactDetails other,
                      Function<ContactDetails, List<String>> field) {
        if (MergedDetails.differ(one, other, field)) {
            RadioButtonGroup<MergedDetails.Source> choice = choice(label, Map.of(
                    MergedDetails.Source.BOTH, "Both: " + MergedDetails.show(MergedDetails.pickList(one, other, field, MergedDetails.Source.BOTH)),
                    MergedDetails.Source.FIRST, MergedDetails.show(field.apply(one)),
                    MergedDetails.Source.SECOND, MergedDetails.show(field.apply(other))));
            choice.setValue(MergedDetails.Source.BOTH);
            fields.put(name, choice);
            content.add(choice);
        }
    }

    private static RadioButtonGroup<MergedDetails.Source> choice(String label, Map<MergedDetails.Source, String> options) {
        RadioButtonGroup<MergedDetails.Source> choice = new RadioButtonGroup<>(label);
        choice.setItems(Stream.of(MergedDetails.Source.values()).filter(options::containsKey).toList());
        choice.setItemLabelGenerator(options::get);
        choice.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        return choice;
    }

    private static String label(ContactSummary contact) {
        String reach = Stream.concat(contact.details().emails().stream(), contact.details().phones().stream()).findFirst()
                .map(way -> " (" + way + ")").orElse("");
        return contact.details().name() + reach;
    }

    private static Component card(ContactSummary contact) {
        Div card = new Div();
        card.getStyle().set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-xs) var(--lumo-space-s)").set("flex", "1 1 12em").set("min-width", "0")
                .set("overflow-wrap", "anywhere");
        Span name = new Span(contact.details().name());
        name.getStyle().set("font-weight", "600");
        card.add(name);
        DuplicateCard.lines(contact.details()).forEach(line -> card.add(new Div(line)));
        return card;
    }
}
