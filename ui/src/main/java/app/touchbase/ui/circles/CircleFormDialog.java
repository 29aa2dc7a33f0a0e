package app.touchbase.ui.circles;

import app.touchbase.cadence.api.CircleColour;
import app.touchbase.cadence.api.CircleRef;
import app.touchbase.circle.api.ChangeCircle;
import app.touchbase.circle.api.CircleDetails;
import app.touchbase.circle.api.CircleSummary;
import app.touchbase.circle.api.CreateCircle;
import app.touchbase.ui.base.Backend;
import app.touchbase.ui.base.FormDialog;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

/** A new circle, or a circle's name, description and colour. */
public class CircleFormDialog extends FormDialog<CircleDetails> {

    final TextField name = new TextField("Name");
    final TextArea description = new TextArea("Description");
    final ComboBox<CircleColour> colour = new ComboBox<>("Colour");

    private final Function<CircleDetails, Object> command;

    private CircleFormDialog(Backend backend, String title, UUID circleId, CircleDetails current,
                             Function<CircleDetails, Object> command, Consumer<UUID> onSaved) {
        super(backend, title, CircleDetails.class, () -> onSaved.accept(circleId));
        this.command = command;
        name.setRequired(true);
        name.setMaxLength(CircleDetails.MAX_NAME);
        name.setPlaceholder("Quarterly list");
        description.setMaxLength(CircleDetails.MAX_DESCRIPTION);
        description.setPlaceholder("Who belongs here, and why");
        colour.setItems(CircleColour.values());
        colour.setItemLabelGenerator(CircleColour::label);
        colour.setRenderer(new ComponentRenderer<>(one ->
                CircleChips.chip(new CircleRef(circleId, one.label(), one))));
        binder.forField(name).bind("name");
        binder.forField(description).bind("description");
        binder.forField(colour).bind("colour");
        binder.readRecord(current == null ? new CircleDetails("", "", CircleColour.BLUE)
                : new CircleDetails(current.name(), current.description() == null ? "" : current.description(), current.colour()));
        refusalsOf("details", name);
        add(new FormLayout(name, colour, description));
    }

    /** A new, empty circle, or one with {@code members} already in it. */
    public static CircleFormDialog creating(Backend backend, String owner, String suggestedName, List<UUID> members,
                                            Consumer<UUID> onSaved) {
        UUID circleId = UUID.randomUUID();
        CircleFormDialog dialog = new CircleFormDialog(backend, members.isEmpty() ? "New circle"
                : "New circle of " + members.size() + (members.size() == 1 ? " person" : " people"), circleId, null,
                details -> new CreateCircle(circleId, owner, details, members), onSaved);
        dialog.name.setValue(suggestedName == null ? "" : suggestedName);
        return dialog;
    }

    public static CircleFormDialog editing(Backend backend, String owner, CircleSummary circle, Runnable onSaved) {
        return new CircleFormDialog(backend, "Change " + circle.details().name(), circle.circleId(), circle.details(),
                details -> new ChangeCircle(circle.circleId(), owner, details), id -> onSaved.run());
    }

    @Override
    protected Object command(CircleDetails details) {
        return command.apply(details);
    }

    @Override
    protected String done(CircleDetails details) {
        return details.name() + " saved";
    }
}
