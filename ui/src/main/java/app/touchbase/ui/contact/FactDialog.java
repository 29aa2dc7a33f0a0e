package app.touchbase.ui.contact;

import app.touchbase.contact.api.CorrectFact;
import app.touchbase.contact.api.Fact;
import app.touchbase.contact.api.RecordFact;
import app.touchbase.ui.base.Backend;
import app.touchbase.ui.base.FormDialog;
import app.touchbase.ui.base.Formats;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;

import java.time.LocalDate;
import java.util.UUID;

/** Remember something about the relationship: kids, the project, a trip, what you talked about. */
public class FactDialog extends FormDialog<FactDialog.Form> {

    static final String[] TOPICS = {"Last talked about", "Family", "Work", "Job search", "Trip", "Interests", "Promised"};

    public record Form(String topic, String text, LocalDate about) {
    }

    final ComboBox<String> topic = new ComboBox<>("Topic");
    final TextArea text = new TextArea("What to remember");
    final DatePicker about = Formats.isoDates(new DatePicker("Day it concerns (optional)"));

    private final String owner;
    private final UUID contactId;
    private final Fact correcting;

    public FactDialog(Backend backend, String owner, UUID contactId, String name, Runnable onSaved) {
        this(backend, owner, contactId, name, null, onSaved);
    }

    /** What a remembered fact says, changed; {@code correcting} null for a new one. */
    public FactDialog(Backend backend, String owner, UUID contactId, String name, Fact correcting, Runnable onSaved) {
        super(backend, (correcting == null ? "Remember about " : "Correct what you remember about ") + name, Form.class, onSaved);
        this.owner = owner;
        this.contactId = contactId;
        this.correcting = correcting;
        topic.setItems(TOPICS);
        topic.setAllowCustomValue(true);
        topic.addCustomValueSetListener(custom -> topic.setValue(custom.getDetail()));
        text.setRequired(true);
        text.setMaxLength(RecordFact.MAX_TEXT);
        binder.forField(topic).bind("topic");
        binder.forField(text).bind("text");
        binder.forField(about).bind("about");
        binder.readRecord(correcting == null ? new Form(null, "", null)
                : new Form(correcting.topic(), correcting.text(), correcting.about()));
        FormLayout form = new FormLayout(topic, about, text);
        form.setColspan(text, 2);
        add(form);
    }

    @Override
    protected Object command(Form values) {
        return correcting == null
                ? new RecordFact(contactId, owner, UUID.randomUUID(), values.topic(), values.text(), values.about())
                : new CorrectFact(contactId, owner, correcting.factId(), values.topic(), values.text(), values.about());
    }

    @Override
    protected String done(Form values) {
        return "Noted";
    }
}
