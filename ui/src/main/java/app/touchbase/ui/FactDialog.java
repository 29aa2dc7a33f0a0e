package app.touchbase.ui;

import app.touchbase.contact.api.CorrectFact;
import app.touchbase.contact.api.Fact;
import app.touchbase.contact.api.RecordFact;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;

import java.util.Map;
import java.util.UUID;

/** Remember something about the relationship: kids, the project, a trip, what you talked about. */
public class FactDialog extends Dialog {

    static final String[] TOPICS = {"Last talked about", "Family", "Work", "Job search", "Trip", "Interests", "Promised"};

    final ComboBox<String> topic = new ComboBox<>("Topic");
    final TextArea text = new TextArea("What to remember");
    final DatePicker about = Formats.isoDates(new DatePicker("Day it concerns (optional)"));
    final Button save = new Button("Save");

    private final Backend backend;
    private final String owner;
    private final UUID contactId;
    private final Fact correcting;
    private final Runnable onSaved;

    public FactDialog(Backend backend, String owner, UUID contactId, String name, Runnable onSaved) {
        this(backend, owner, contactId, name, null, onSaved);
    }

    /** What a remembered fact says, changed; {@code correcting} null for a new one. */
    public FactDialog(Backend backend, String owner, UUID contactId, String name, Fact correcting, Runnable onSaved) {
        this.backend = backend;
        this.owner = owner;
        this.contactId = contactId;
        this.correcting = correcting;
        this.onSaved = onSaved;
        setHeaderTitle((correcting == null ? "Remember about " : "Correct what you remember about ") + name);
        topic.setItems(TOPICS);
        topic.setAllowCustomValue(true);
        topic.addCustomValueSetListener(custom -> topic.setValue(custom.getDetail()));
        text.setRequired(true);
        text.setMaxLength(RecordFact.MAX_TEXT);
        if (correcting != null) {
            topic.setValue(correcting.topic());
            text.setValue(correcting.text());
            about.setValue(correcting.about());
        }
        FormLayout form = new FormLayout(topic, about, text);
        form.setColspan(text, 2);
        add(form);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        getFooter().add(new Button("Cancel", click -> close()), save);
    }

    void save() {
        Feedback.clear(fields());
        Object command = correcting == null
                ? new RecordFact(contactId, owner, UUID.randomUUID(), topic.getValue(), text.getValue(), about.getValue())
                : new CorrectFact(contactId, owner, correcting.factId(), topic.getValue(), text.getValue(), about.getValue());
        if (Feedback.accepted(() -> backend.send(command), fields())) {
            close();
            Feedback.saved("Noted");
            onSaved.run();
        }
    }

    private Map<String, HasValidation> fields() {
        return Map.of("topic", topic, "text", text);
    }
}
