package app.touchbase.ui.base;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A small form in a dialog: a title, the fields, Cancel and Save. The fields are bound to a record {@code F} by name;
 * Save checks them, turns the record into one command, sends it, says so and closes. A refusal about a field is shown
 * beside that field: a record component is named as the command's field, so the backend's field names find it.
 */
public abstract class FormDialog<F extends Record> extends Dialog {

    /** For a page that follows every change by itself (its read models push it): nothing more to do after a save. */
    public static final Runnable PAGE_FOLLOWS = () -> { };

    public final Button save = new Button("Save");
    protected final Binder<F> binder;
    private final Backend backend;
    private final Class<F> form;
    private final Runnable onSaved;
    private final Map<String, HasValidation> otherNames = new HashMap<>();

    protected FormDialog(Backend backend, String title, Class<F> form, Runnable onSaved) {
        this.backend = backend;
        this.form = form;
        this.onSaved = onSaved;
        this.binder = new Binder<>(form);
        setHeaderTitle(title);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        getFooter().add(new Button("Cancel", click -> close()), save);
    }

    /** The command the checked form makes, or null when it can't make one (after marking the field that is wrong). */
    protected abstract Object command(F values);

    /** What the notification says once the command was taken. */
    protected abstract String done(F values);

    /** A refusal about {@code field}, a name the form does not have ("rule", "details"), is shown at {@code shownAt}. */
    protected void refusalsOf(String field, HasValidation shownAt) {
        otherNames.put(field, shownAt);
    }

    public void save() {
        otherNames.values().forEach(field -> field.setInvalid(false));
        F values;
        try {
            values = binder.writeRecord();
        } catch (ValidationException invalid) {
            return;
        }
        Object command = command(values);
        if (command != null && Feedback.send(backend, command, done(values), fields())) {
            close();
            onSaved.run();
        }
    }

    /** Every bound field by its record component's name, and the other names refusals may use. */
    private Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new HashMap<>(otherNames);
        Arrays.stream(form.getRecordComponents()).map(RecordComponent::getName).forEach(name ->
                binder.getBinding(name).map(Binder.Binding::getField)
                        .filter(HasValidation.class::isInstance)
                        .ifPresent(field -> fields.putIfAbsent(name, (HasValidation) field)));
        return fields;
    }
}
