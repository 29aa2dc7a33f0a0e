package app.touchbase.ui.contact;

import app.touchbase.cadence.api.CadencePreset;
import app.touchbase.cadence.api.KeepInTouchRule;
import app.touchbase.cadence.api.SetKeepInTouchRule;
import app.touchbase.circle.api.CircleSummary;
import app.touchbase.circle.api.SetCircleRule;
import app.touchbase.interaction.api.InteractionType;
import app.touchbase.ui.base.Backend;
import app.touchbase.ui.base.FormDialog;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;

import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * A keep-in-touch rule: "coffee or lunch once a year", with its own next touch. For one contact (beside its cadence)
 * or for a whole circle, whose members each keep it.
 */
public class RuleDialog extends FormDialog<RuleDialog.Form> {

    public record Form(String label, CadencePreset every, Set<InteractionType> counts) {
    }

    public final TextField label = new TextField("Name");
    public final ComboBox<CadencePreset> every = new ComboBox<>("How often");
    final MultiSelectComboBox<InteractionType> counts = new MultiSelectComboBox<>("Which touches count");

    private final Function<KeepInTouchRule, Object> command;
    private final String ruleId;

    private RuleDialog(Backend backend, String title, Function<KeepInTouchRule, Object> command, KeepInTouchRule current,
                       Runnable onSaved) {
        super(backend, title, Form.class, onSaved);
        this.command = command;
        this.ruleId = current == null ? UUID.randomUUID().toString() : current.ruleId();
        label.setRequired(true);
        label.setMaxLength(KeepInTouchRule.MAX_LABEL);
        label.setPlaceholder("Yearly lunch");
        every.setItems(CadencePreset.values());
        every.setItemLabelGenerator(CadencePreset::label);
        counts.setItems(InteractionType.values());
        counts.setItemLabelGenerator(InteractionType::label);
        counts.setPlaceholder("Any touch");
        counts.setHelperText("Leave empty and every touch counts");
        binder.forField(label).bind("label");
        binder.forField(every).asRequired("Pick how often.").bind("every");
        binder.forField(counts).bind("counts");
        binder.readRecord(current == null ? new Form("", CadencePreset.YEARLY, Set.of())
                : new Form(current.label(), CadencePreset.of(current.every()).orElse(null), current.counts()));
        refusalsOf("rule", label);
        add(new FormLayout(label, every, counts));
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

    @Override
    protected Object command(Form values) {
        return command.apply(new KeepInTouchRule(ruleId, values.label(), values.every().every(), values.counts()));
    }

    @Override
    protected String done(Form values) {
        return "Rule saved";
    }
}
