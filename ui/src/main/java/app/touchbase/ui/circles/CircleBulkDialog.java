package app.touchbase.ui.circles;

import app.touchbase.circle.api.AddToCircle;
import app.touchbase.circle.api.CircleDetails;
import app.touchbase.circle.api.CircleSummary;
import app.touchbase.circle.api.CreateCircle;
import app.touchbase.circle.api.ListCircles;
import app.touchbase.circle.api.RemoveFromCircle;
import app.touchbase.ui.base.Backend;
import app.touchbase.ui.base.Feedback;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Puts many people into one circle in one recorded change: an existing circle, or a new one named here. Afterwards
 * "Undo" takes out exactly those who joined, and the circle's page shows its rules reaching them.
 */
public class CircleBulkDialog extends Dialog {

    final ComboBox<CircleSummary> circle = new ComboBox<>("Circle");
    final Button add = new Button("Add");
    private final Backend backend;
    private final String owner;
    private final List<UUID> people;
    private final Runnable onDone;
    private String newName;

    public CircleBulkDialog(Backend backend, String owner, List<UUID> people, Runnable onDone) {
        this.backend = backend;
        this.owner = owner;
        this.people = List.copyOf(people);
        this.onDone = onDone;
        setHeaderTitle("Add " + people.size() + (people.size() == 1 ? " person" : " people") + " to a circle");
        circle.setItems(backend.list(new ListCircles(owner, false), CircleSummary.class));
        circle.setItemLabelGenerator(one -> one.details().name());
        circle.setAllowCustomValue(true);
        circle.setPlaceholder("Choose, or type a new name");
        circle.setHelperText("Everyone added keeps the circle's rules; their first due days are spread over each rule's period.");
        circle.setWidthFull();
        circle.addCustomValueSetListener(typed -> newName = typed.getDetail());
        circle.addValueChangeListener(change -> newName = null);
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(click -> add());
        add(circle);
        getFooter().add(new Button("Cancel", click -> close()), add);
    }

    /** Types a name for a new circle, as a person would in the combo box. */
    void typeNewCircle(String name) {
        circle.clear();
        newName = name;
    }

    void add() {
        Feedback.clear(fields());
        if (circle.getValue() == null && (newName == null || newName.isBlank())) {
            Feedback.invalid(circle, "Choose a circle, or type the name of a new one.");
            return;
        }
        UUID circleId;
        String name;
        Optional<List<UUID>> joined;
        if (circle.getValue() != null) {
            circleId = circle.getValue().circleId();
            name = circle.getValue().details().name();
            joined = Feedback.answer(backend, new AddToCircle(circleId, owner, people), fields());
        } else {
            circleId = UUID.randomUUID();
            name = newName.strip();
            joined = Feedback.send(backend, new CreateCircle(circleId, owner, CircleDetails.named(name), people), null, fields())
                    ? Optional.of(people) : Optional.empty();
        }
        joined.ifPresent(who -> {
            close();
            Feedback.undoable(who.size() + (who.size() == 1 ? " person" : " people") + " added to " + name,
                    () -> backend.send(new RemoveFromCircle(circleId, owner, who)), onDone,
                    new RouterLink("See the circle", CircleView.class, new RouteParameters("circleId", circleId.toString())));
            onDone.run();
        });
    }

    private Map<String, HasValidation> fields() {
        return Map.of("name", circle, "details", circle, "contactIds", circle);
    }
}
