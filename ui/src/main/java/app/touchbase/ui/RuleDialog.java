package app.touchbase.ui;

import app.touchbase.cadence.api.CadencePreset;
import app.touchbase.cadence.api.KeepInTouchRule;
import app.touchbase.cadence.api.SetKeepInTouchRule;
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

/** A rule beside the cadence: "coffee or lunch once a year", with its own next touch. */
public class RuleDialog extends Dialog {

    final TextField label = new TextField("Name");
    final ComboBox<CadencePreset> every = new ComboBox<>("How often");
    final MultiSelectComboBox<InteractionType> counts = new MultiSelectComboBox<>("Which touches count");
    final Button save = new Button("Save");

    private final Backend backend;
    private final String owner;
    private final UUID contactId;
    private final Runnable onSaved;

    public RuleDialog(Backend backend, String owner, UUID contactId, String name, Runnable onSaved) {
        this.backend = backend;
        this.owner = owner;
        this.contactId = contactId;
        this.onSaved = onSaved;
        setHeaderTitle("A rule for " + name);
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
        add(new FormLayout(label, every, counts));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        getFooter().add(new Button("Cancel", click -> close()), save);
    }

    void save() {
        Feedback.clear(fields());
        if (every.getValue() == null) {
            Feedback.invalid(every, "Pick how often.");
            return;
        }
        KeepInTouchRule rule = new KeepInTouchRule(UUID.randomUUID().toString(), label.getValue(), every.getValue().every(),
                counts.getValue());
        if (Feedback.accepted(() -> backend.send(new SetKeepInTouchRule(contactId, owner, rule)), fields())) {
            close();
            Feedback.saved("Rule added");
            onSaved.run();
        }
    }

    private Map<String, HasValidation> fields() {
        return Map.of("label", label, "every", every, "rule", label);
    }
}
