package app.touchbase.ui.contact;

import app.touchbase.contact.api.EraseContact;
import app.touchbase.ui.base.Backend;
import app.touchbase.ui.base.Feedback;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

import java.util.Map;
import java.util.UUID;

/**
 * Erasing a person cannot be undone, so the dialog says what goes and asks for the name typed out; the server checks
 * the name too.
 */
class EraseContactDialog extends Dialog {

    final TextField typedName = new TextField();
    final Button erase = new Button("Erase for good");

    EraseContactDialog(Backend backend, String owner, UUID contactId, String name) {
        setHeaderTitle("Erase " + name + " for good?");
        typedName.setLabel("Type " + name + " to confirm");
        typedName.setWidthFull();
        typedName.setValueChangeMode(ValueChangeMode.EAGER);
        typedName.addValueChangeListener(change -> erase.setEnabled(change.getValue().strip().equalsIgnoreCase(name.strip())));
        add(new Paragraph("Everything Touchbase knows about " + name + " is erased: the details, every touch and what was "
                + "said, facts, dates, promises, rules and circle places, and the reminders still to come."),
                new Paragraph("The history keeps only that a contact was there and was erased. Backups made from now on leave "
                        + name + " out, and restoring an older one does not bring them back. This cannot be undone."),
                typedName);
        erase.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        erase.setEnabled(false);
        erase.addClickListener(click -> {
            if (Feedback.send(backend, new EraseContact(contactId, owner, typedName.getValue()), name + " was erased",
                    Map.of("typedName", typedName))) {
                close();
                UI.getCurrent().navigate("contacts");
            }
        });
        Button cancel = new Button("Cancel", click -> close());
        getFooter().add(cancel, erase);
        setMaxWidth("34em");
    }
}
