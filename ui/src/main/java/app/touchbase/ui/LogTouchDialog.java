package app.touchbase.ui;

import app.touchbase.contact.api.AwaitedReplies;
import app.touchbase.contact.api.AwaitedReply;
import app.touchbase.contact.api.InteractionRecord;
import app.touchbase.contact.api.ListAwaitedReplies;
import app.touchbase.interaction.api.CorrectInteraction;
import app.touchbase.interaction.api.Direction;
import app.touchbase.interaction.api.InteractionType;
import app.touchbase.interaction.api.LogInteraction;
import app.touchbase.interaction.api.Reply;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Log a touch (an email, a call, a coffee…), or correct one already logged. */
public class LogTouchDialog extends Dialog {

    final ComboBox<InteractionType> type = new ComboBox<>("What");
    final DatePicker day = Formats.isoDates(new DatePicker("When"));
    final RadioButtonGroup<Direction> direction = new RadioButtonGroup<>("Did you give or ask?");
    final TextArea notes = new TextArea("Notes");
    final RadioButtonGroup<Reply> reply = new RadioButtonGroup<>("A reply?");
    final Button save = new Button("Save");

    private final Backend backend;
    private final SignedIn account;
    private final UUID contactId;
    private final InteractionRecord correcting;
    private final Runnable onSaved;

    private LogTouchDialog(Backend backend, SignedIn account, UUID contactId, String name, InteractionRecord correcting,
                           Runnable onSaved) {
        this.backend = backend;
        this.account = account;
        this.contactId = contactId;
        this.correcting = correcting;
        this.onSaved = onSaved;
        setHeaderTitle(correcting == null ? "Log a touch with " + name : "Correct a touch with " + name);

        type.setItems(InteractionType.values());
        type.setItemLabelGenerator(InteractionType::label);
        type.setRequired(true);
        LocalDate today = account.today();
        day.setRequired(true);
        day.setMax(today);
        direction.setItems(Direction.values());
        direction.setItemLabelGenerator(Direction::label);
        notes.setPlaceholder("What did you talk about? Kids, the project, what you promised…");
        notes.setMaxLength(LogInteraction.MAX_NOTES);
        if (correcting == null) {
            type.setValue(InteractionType.COFFEE_OR_LUNCH);
            day.setValue(today);
            direction.setValue(Direction.NEUTRAL);
        } else {
            type.setValue(correcting.type());
            day.setValue(correcting.occurredOn());
            direction.setValue(correcting.direction());
            notes.setValue(correcting.notes() == null ? "" : correcting.notes());
        }

        FormLayout form = new FormLayout(type, day, direction, notes);
        form.setColspan(notes, 2);
        if (correcting == null) {
            offerReplies(backend.query(new ListAwaitedReplies(account.owner()), AwaitedReplies.class).from(contactId));
            form.add(reply, 2);
        }
        add(form);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        getFooter().add(new Button("Cancel", click -> close()), save);
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

    void save() {
        Feedback.clear(fields());
        if (day.isInvalid() || day.getValue() == null) {
            Feedback.invalid(day, "Pick the day it happened (today or earlier).");
            return;
        }
        LocalDate occurredOn = day.getValue();
        boolean saved = Feedback.accepted(() -> backend.send(correcting == null
                ? new LogInteraction(contactId, account.owner(), UUID.randomUUID(), type.getValue(), occurredOn,
                direction.getValue(), notes.getValue(), reply.getValue())
                : new CorrectInteraction(contactId, account.owner(), correcting.interactionId(), type.getValue(),
                occurredOn, direction.getValue(), notes.getValue())), fields());
        if (saved) {
            close();
            Feedback.saved(correcting == null ? "Touch logged" : "Touch corrected");
            onSaved.run();
        }
    }

    private Map<String, HasValidation> fields() {
        return Map.of("type", type, "occurredOn", day, "notes", notes);
    }
}
