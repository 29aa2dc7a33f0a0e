package app.touchbase.ui.contact;

import app.touchbase.followup.api.AddFollowUp;
import app.touchbase.followup.api.ChangeFollowUp;
import app.touchbase.followup.api.FollowUp;
import app.touchbase.ui.base.Backend;
import app.touchbase.ui.base.FormDialog;
import app.touchbase.ui.base.Formats;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;

import java.time.LocalDate;
import java.util.UUID;

/** Something you promised ("send the article by Friday"): you get a reminder on the day it is due. */
public class FollowUpDialog extends FormDialog<FollowUpDialog.Form> {

    public record Form(String text, LocalDate dueOn) {
    }

    final TextField text = new TextField("What you promised");
    final DatePicker dueOn = Formats.isoDates(new DatePicker("By"));

    private final String owner;
    private final UUID contactId;
    private final FollowUp changing;

    public FollowUpDialog(Backend backend, String owner, UUID contactId, String name, LocalDate today, Runnable onSaved) {
        this(backend, owner, contactId, name, today, null, onSaved);
    }

    /** An open promise changed; {@code changing} null for a new one. */
    public FollowUpDialog(Backend backend, String owner, UUID contactId, String name, LocalDate today, FollowUp changing,
                          Runnable onSaved) {
        super(backend, (changing == null ? "A promise to " : "Change a promise to ") + name, Form.class, onSaved);
        this.owner = owner;
        this.contactId = contactId;
        this.changing = changing;
        text.setPlaceholder("Send the article about…");
        text.setMaxLength(AddFollowUp.MAX_TEXT);
        text.setWidthFull();
        binder.forField(text).bind("text");
        binder.forField(dueOn).bind("dueOn");
        binder.readRecord(changing == null ? new Form("", today.plusDays(7)) : new Form(changing.text(), changing.dueOn()));
        add(new FormLayout(text, dueOn));
    }

    @Override
    protected Object command(Form values) {
        return changing == null
                ? new AddFollowUp(contactId, owner, UUID.randomUUID(), values.text(), values.dueOn())
                : new ChangeFollowUp(contactId, owner, changing.followUpId(), values.text(), values.dueOn());
    }

    @Override
    protected String done(Form values) {
        return changing == null ? "Promise noted" : "Promise changed";
    }
}
