package app.touchbase.ui;

import app.touchbase.cadence.api.CadencePreset;
import app.touchbase.cadence.api.KeepInTouchRule;
import app.touchbase.cadence.api.SetKeepInTouchRule;
import app.touchbase.circle.api.CircleSummary;
import app.touchbase.circle.api.SetCircleRule;
import app.touchbase.interaction.api.InteractionType;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;

import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * A keep-in-touch rule: "coffee or lunch once a year", with its own next touch. For one contact (beside its cadence)
 * or for a whole circle, whose members each keep it.
 */
public class RuleDialog extends Dialog {

    final TextField label = new TextField("Name");
    final ComboBox<CadencePreset> every = new ComboBox<>("How often");
    final MultiSelectComboBox<InteractionType> counts = new MultiSelectComboBox<>("Which touches count");
    final Button save = new Button("Save");

    private final Backend backend;
    private final Function<KeepInTouchRule, Object> command;
    private final String ruleId;
    private final Runnable onSaved;

    private RuleDialog(Backend backend, String title, Function<KeepInTouchRule, Object> command, KeepInTouchRule current,
                       Runnable onSaved) {
        this.backend = backend;
        this.command = command;
        this.ruleId = current == null ? UUID.randomUUID().toString() : current.ruleId();
        this.onSaved = onSaved;
        setHeaderTitle(title);
        label.setRequired(true);
        label.setMaxLength(KeepInTouchRule.MAX_LABEL);
        label.setPlaceholder("Yearly lunch");
        every.setItems(CadencePreset.values());
        every.setItemLabelGenerator(CadencePreset::label);
        every.setRequired(true);
        every.setValue(CadencePreset.YEARLY);
        counts.setItems(InteractionType.values());
        counts.setItemLabelGenerator(InteractionType::label);
        counts.setPlaceholder("Any touch");
        counts.setHelperText("Leave empty and every touch counts");
        if (current != null) {
            label.setValue(current.label());
            CadencePreset.of(current.every()).ifPresent(every::setValue);
            counts.setValue(current.counts());
        }
        add(new FormLayout(label, every, counts));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        getFooter().add(new Button("Cancel", click -> close()), save);
    }

    public static RuleDialog forContact(Backend backend, String owner, UUID contactId, String name, Runnable onSaved) {
        return new RuleDialog(backend, "A rule for " + name, rule -> new SetKeepInTouchRule(contactId, owner, rule), null, onSaved);
    }

    /** A circle's rule kept differently for one contact ("every 6 months for Grace"); the circle's version can come back. */
    public static RuleDialog forContactsVersion(Backend backend, String owner, UUID contactId, String name,
                                                KeepInTouchRule current, Runnable onSaved) {
        return new RuleDialog(backend, current.label() + ", for " + name, rule -> new SetKeepInTouchRule(contactId, owner, rule),
                current, onSaved);
    }

    /** A new rule for the circle, or a change to {@code current}; every member keeps it with its own next touch. */
    public static RuleDialog forCircle(Backend backend, String owner, CircleSummary circle, KeepInTouchRule current,
                                       Runnable onSaved) {
        return new RuleDialog(backend, (current == null ? "A rule for everyone in " : "Change a rule of ") + circle.details().name(),
                rule -> new SetCircleRule(circle.circleId(), owner, rule), current, onSaved);
    }

    void save() {
        Feedback.clear(fields());
        if (every.getValue() == null) {
            Feedback.invalid(every, "Pick how often.");
            return;
        }
        KeepInTouchRule rule = new KeepInTouchRule(ruleId, label.getValue(), every.getValue().every(), counts.getValue());
        if (Feedback.accepted(() -> backend.send(command.apply(rule)), fields())) {
            close();
            Feedback.saved("Rule saved");
            onSaved.run();
        }
    }

    private Map<String, HasValidation> fields() {
        return Map.of("label", label, "every", every, "rule", label);
    }
}
