package app.touchbase.ui.circles;

import app.touchbase.contact.api.ContactSummary;
import app.touchbase.contact.api.SearchContacts;
import app.touchbase.ui.base.Backend;
import app.touchbase.ui.base.Feedback;
import app.touchbase.ui.contacts.Contacts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;

/** Turns a tag into a circle in one step: everyone with the tag is in the new circle; the tag stays. */
public class TagCircleDialog extends Dialog {

    final ComboBox<String> tag = new ComboBox<>("Tag");
    final Paragraph who = new Paragraph();
    final Button next = new Button("Next");

    private final Backend backend;
    private final String owner;

    public TagCircleDialog(Backend backend, String owner, Consumer<UUID> onCreated) {
        this.backend = backend;
        this.owner = owner;
        setHeaderTitle("Make a circle from a tag");
        List<ContactSummary> everyone = Contacts.matching(backend, SearchContacts.all(owner));
        List<String> tags = everyone.stream().flatMap(contact -> contact.details().tags().stream()).distinct().sorted().toList();
        tag.setItems(tags);
        tag.setPlaceholder(tags.isEmpty() ? "No contact has a tag yet" : "Choose a tag");
        tag.setEnabled(!tags.isEmpty());
        tag.addValueChangeListener(change -> who.setText(change.getValue() == null ? ""
                : tagged(change.getValue()).size() + " people have this tag."));
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClickListener(click -> {
            if (tag.getValue() == null) {
                Feedback.invalid(tag, "Choose the tag whose people make the circle.");
                return;
            }
            List<UUID> members = tagged(tag.getValue()).stream().map(ContactSummary::contactId).toList();
            close();
            CircleFormDialog.creating(backend, owner, capitalised(tag.getValue()), members, onCreated).open();
        });
        add(tag, who);
        getFooter().add(new Button("Cancel", click -> close()), next);
    }

    private List<ContactSummary> tagged(String value) {
        return Contacts.matching(backend, new SearchContacts(owner, null, value, false, 0, SearchContacts.MAX_PAGE));
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
