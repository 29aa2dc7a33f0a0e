package app.touchbase.ui.contact;

import app.touchbase.contact.api.AwaitedReplies;
import app.touchbase.contact.api.AwaitedReply;
import app.touchbase.contact.api.InteractionRecord;
import app.touchbase.contact.api.ListAwaitedReplies;
import app.touchbase.interaction.api.CorrectInteraction;
import app.touchbase.interaction.api.Direction;
import app.touchbase.interaction.api.InteractionType;
import app.touchbase.interaction.api.LogInteraction;
import app.touchbase.interaction.api.Reply;
import app.touchbase.ui.base.Backend;
import app.touchbase.ui.base.FormDialog;
import app.touchbase.ui.base.Formats;
import app.touchbase.ui.base.SignedIn;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Log a touch (an email, a call, a coffee…), or correct one already logged. */
public class LogTouchDialog extends FormDialog<LogTouchDialog.Form> {

    static final String PICK_A_PAST_DAY = "Pick the day it happened (today or earlier).";

    public record Form(InteractionType type, LocalDate occurredOn, Direction direction, String notes, Reply reply) {
    }

    public final ComboBox<InteractionType> type = new ComboBox<>("What");
    final DatePicker day = Formats.isoDates(new DatePicker("When"));
    public final RadioButtonGroup<Direction> direction = new RadioButtonGroup<>("Did you give or ask?");
    public final TextArea notes = new TextArea("Notes");
    public final RadioButtonGroup<Reply> reply = new RadioButtonGroup<>("A reply?");

    private final SignedIn account;
    private final UUID contactId;
    private final InteractionRecord correcting;

    private LogTouchDialog(Backend backend, SignedIn account, UUID contactId, String name, InteractionRecord correcting,
                           Runnable onSaved) {
        super(backend, correcting == null ? "Log a touch with " + name : "Correct a touch with " + name, Form.class, onSaved);
        this.account = account;
        this.contactId = contactId;
        this.correcting = correcting;

        type.setItems(InteractionType.values());
        type.setItemLabelGenerator(InteractionType::label);
        type.setRequired(true);
        LocalDate today = account.today();
        day.setMax(today);
        day.setI18n(day.getI18n().setMaxErrorMessage(PICK_A_PAST_DAY).setBadInputErrorMessage(PICK_A_PAST_DAY));
        direction.setItems(Direction.values());
        direction.setItemLabelGenerator(Direction::label);
        notes.setPlaceholder("What did you talk about? Kids, the project, what you promised…");
        notes.setMaxLength(LogInteraction.MAX_NOTES);
        binder.forField(type).bind("type");
        binder.forField(day).asRequired(PICK_A_PAST_DAY).bind("occurredOn");
        binder.forField(direction).bind("direction");
        binder.forField(notes).bind("notes");
        binder.forField(reply).bind("reply");
        binder.readRecord(correcting == null ? new Form(InteractionType.COFFEE_OR_LUNCH, today, Direction.NEUTRAL, "", Reply.NONE)
                : new Form(correcting.type(), correcting.occurredOn(), correcting.direction(),
                correcting.notes() == null ? "" : correcting.notes(), Reply.NONE));

        FormLayout form = new FormLayout(type, day, direction, notes);
        form.setColspan(notes, 2);
        if (correcting == null) {
            offerReplies(backend.query(new ListAwaitedReplies(account.owner()), AwaitedReplies.class).from(contactId));
            form.add(reply, 2);
        }
        add(form);
    }

    public static LogTouchDialog logging(Backend backend, SignedIn account, UUID contactId, String name, Runnable onSaved) {
        return new LogTouchDialog(backend, account, contactId, name, null, onSaved);
    }

    public static LogTouchDialog correcting(Backend backend, SignedIn account, UUID contactId, String name,
                                            InteractionRecord interaction, Runnable onSaved) {
        return new LogTouchDialog(backend, account, contactId, name, interaction, onSaved);
    }

    /** Waiting for their reply, or answering a wait: "This is their reply" only when the owner waits for one. */
    private void offerReplies(Optional<AwaitedReply> awaited) {
        reply.setItems(awaited.isPresent() ? List.of(Reply.NONE, Reply.AWAIT, Reply.RECEIVED) : List.of(Reply.NONE, Reply.AWAIT));
        reply.setItemLabelGenerator(Reply::label);
        reply.setValue(Reply.NONE);
        awaited.ifPresent(wait -> reply.setHelperText("You are waiting for their reply to your " + wait.what() + " of "
                + Formats.day(wait.since()) + "."));
    }

    @Override
    protected Object command(Form values) {
        return correcting == null
                ? new LogInteraction(contactId, account.owner(), UUID.randomUUID(), values.type(), values.occurredOn(),
                values.direction(), values.notes(), values.reply())
                : new CorrectInteraction(contactId, account.owner(), correcting.interactionId(), values.type(),
                values.occurredOn(), values.direction(), values.notes());
    }

    @Override
    protected String done(Form values) {
        return correcting == null ? "Touch logged" : "Touch corrected";
    }
}
