package app.touchbase.ui.circles;

import app.touchbase.cadence.api.KeepInTouchRule;
import app.touchbase.circle.api.CircleSummary;
import app.touchbase.circle.api.ListCircles;
import app.touchbase.plan.api.Capacity;
import app.touchbase.plan.api.CheckCapacity;
import app.touchbase.ui.MainLayout;
import app.touchbase.ui.base.Backend;
import app.touchbase.ui.base.CapacityNote;
import app.touchbase.ui.base.CurrentAccount;
import app.touchbase.ui.base.SignedIn;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** The owner's circles: who is in each, the rhythm they share, and how many are due or overdue now. */
@Route(value = "circles", layout = MainLayout.class)
@PageTitle("Circles · Touchbase")
@PermitAll
public class CirclesView extends VerticalLayout {

    final Button create = new Button("New circle", VaadinIcon.PLUS.create());
    final Button fromTag = new Button("Make a circle from a tag");
    final Checkbox showArchived = new Checkbox("Show archived");
    final Grid<CircleSummary> circles = new Grid<>();
    final Paragraph empty = new Paragraph("No circles yet. A circle is a group of people who share a rhythm: "
            + "a quarterly list of under 50 people, mentors you have lunch with once a year, everyone who gets a holiday note. "
            + "Make one, give it a rule, then add people from Contacts (or when you import them).");
    final CapacityNote capacity = new CapacityNote();
    private final Backend backend;
    private final SignedIn account;

    public CirclesView(Backend backend, CurrentAccount signedIn) {
        this.backend = backend;
        this.account = SignedIn.of(signedIn);
        setMaxWidth("70rem");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> CircleFormDialog.creating(backend, account.owner(), "", List.of(), this::open).open());
        fromTag.addClickListener(click -> new TagCircleDialog(backend, account.owner(), this::open).open());
        showArchived.addValueChangeListener(change -> refresh());
        HorizontalLayout toolbar = new HorizontalLayout(create, fromTag, showArchived);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);

        circles.addComponentColumn(circle -> CircleChips.chip(circle.ref())).setHeader("Circle").setAutoWidth(true);
        circles.addColumn(CirclesView::rules).setHeader("Rules").setFlexGrow(1);
        circles.addColumn(circle -> circle.members().size()).setHeader("People").setAutoWidth(true);
        circles.addColumn(CircleSummary::due).setHeader("Due").setAutoWidth(true);
        circles.addColumn(CircleSummary::overdue).setHeader("Overdue").setAutoWidth(true);
        circles.addColumn(CirclesView::state).setHeader("").setAutoWidth(true);
        circles.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        circles.setAllRowsVisible(true);
        circles.addItemClickListener(click -> open(click.getItem().circleId()));

        capacity.setId("circles-capacity");
        add(new H2("Circles"), toolbar, empty, circles, capacity);
        refresh();
    }

    public static String rules(CircleSummary circle) {
        return circle.rules().isEmpty() ? "No rule yet"
                : circle.rules().stream().map(CirclesView::line).collect(Collectors.joining("; "));
    }

    static String state(CircleSummary circle) {
        if (circle.archived()) {
            return "Archived";
        }
        return circle.settledAll() ? "" : "Updating " + circle.settled() + " of " + circle.members().size() + "…";
    }

    void refresh() {
        List<CircleSummary> all = backend.list(new ListCircles(account.owner(), showArchived.getValue()), CircleSummary.class);
        circles.setItems(all);
        circles.setVisible(!all.isEmpty());
        empty.setVisible(all.isEmpty());
        capacity.show(backend.query(new CheckCapacity(account.owner()), Capacity.class));
    }

    private void open(UUID circleId) {
        getUI().ifPresent(ui -> ui.navigate(CircleView.class, new RouteParameters("circleId", circleId.toString())));
    }

    /** The rule list as a circle's page shows it, one line each. */
    static String line(KeepInTouchRule rule) {
        return rule.label() + ": " + rule.describe();
    }
}
