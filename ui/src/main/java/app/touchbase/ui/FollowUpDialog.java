package app.touchbase.ui;

import app.touchbase.followup.api.AddFollowUp;
import app.touchbase.followup.api.ChangeFollowUp;
import app.touchbase.followup.api.FollowUp;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** Something you promised ("send the article by Friday"): you get a reminder on the day it is due. */
public class FollowUpDialog extends Dialog {

    final TextField text = new TextField("What you promised");
    final DatePicker dueOn = Formats.isoDates(new DatePicker("By"));
    final Button save = new Button("Save");

    private final Backend backend;
    private final String owner;
    private final UUID contactId;
    private final FollowUp changing;
    private final Runnable onSaved;

    public FollowUpDialog(Backend backend, String owner, UUID contactId, String name, LocalDate today, Runnable onSaved) {
        this(backend, owner, contactId, name, today, null, onSaved);
    }

    /** An open promise changed; {@code changing} null for a new one. */
    public FollowUpDialog(Backend backend, String owner, UUID contactId, String name, LocalDate today, FollowUp changing,
                          Runnable onSaved) {
        this.backend = backend;
        this.owner = owner;
        this.contactId = contactId;
        this.changing = changing;
        this.onSaved = onSaved;
        setHeaderTitle((changing == null ? "A promise to " : "Change a promise to ") + name);
        text.setPlaceholder("Send the article about…");
        text.setMaxLength(AddFollowUp.MAX_TEXT);
        text.setWidthFull();
        dueOn.setValue(changing == null ? today.plusDays(7) : changing.dueOn());
        if (changing != null) {
            text.setValue(changing.text());
        }
        add(new FormLayout(text, dueOn));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        getFooter().add(new Button("Cancel", click -> close()), save);
    }

    void save() {
        Feedback.clear(fields());
        Object command = changing == null
                ? new AddFollowUp(contactId, owner, UUID.randomUUID(), text.getValue(), dueOn.getValue())
                : new ChangeFollowUp(contactId, owner, changing.followUpId(), text.getValue(), dueOn.getValue());
        if (Feedback.accepted(() -> backend.send(command), fields())) {
            close();
            Feedback.saved("Promise noted");
            onSaved.run();
        }
    }

    private Map<String, HasValidation> fields() {
        return Map.of("text", text, "dueOn", dueOn);
    }
}
