package app.touchbase.ui.circles;

import app.touchbase.cadence.api.KeepInTouchRule;
import app.touchbase.circle.api.ArchiveCircle;
import app.touchbase.circle.api.CircleSummary;
import app.touchbase.circle.api.ClearCircleRule;
import app.touchbase.circle.api.DeleteCircle;
import app.touchbase.circle.api.FetchCircle;
import app.touchbase.circle.api.RemoveFromCircle;
import app.touchbase.circle.api.RestoreCircle;
import app.touchbase.contact.api.ContactSummary;
import app.touchbase.contact.api.SearchContacts;
import app.touchbase.plan.api.Capacity;
import app.touchbase.plan.api.CheckCapacity;
import app.touchbase.ui.MainLayout;
import app.touchbase.ui.base.Backend;
import app.touchbase.ui.base.CapacityNote;
import app.touchbase.ui.base.CurrentAccount;
import app.touchbase.ui.base.Feedback;
import app.touchbase.ui.base.RouteIds;
import app.touchbase.ui.base.SignedIn;
import app.touchbase.ui.contact.ContactView;
import app.touchbase.ui.contact.RuleDialog;
import app.touchbase.ui.contacts.Contacts;
import app.touchbase.ui.contacts.ContactsView;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** One circle: its rules, its people and how they stand; change, archive or delete it. */
@Route(value = "circles/:circleId", layout = MainLayout.class)
@PageTitle("Circle · Touchbase")
@PermitAll
public class CircleView extends VerticalLayout implements BeforeEnterObserver {

    /** While the rules are still reaching the members, or a change just sent has not shown yet, the page looks again this often. */
    static final int SETTLING_POLL_MILLIS = 500;
    /** How many looks a change just sent gets to show up before the page stops looking for it. */
    static final int LOOKS_FOR_A_CHANGE = 20;

    final H2 name = new H2();
    final Paragraph description = new Paragraph();
    final Paragraph standing = new Paragraph();
    final ProgressBar settling = new ProgressBar();
    final Button edit = new Button("Change");
    final Button addRule = new Button("Add a rule");
    final Button archive = new Button("Archive");
    final Button restore = new Button("Restore");
    final Button delete = new Button("Delete");
    final UnorderedList rules = new UnorderedList();
    final Grid<ContactSummary> members = new Grid<>();
    final CapacityNote capacity = new CapacityNote();
    final Paragraph notFound = new Paragraph("There is no such circle (was it deleted?).");
    private final Backend backend;
    private final SignedIn account;
    private final Div page = new Div();
    private UUID circleId;
    private CircleSummary shown;
    private int looksLeft = LOOKS_FOR_A_CHANGE;
    private Registration polls;

    public CircleView(Backend backend, CurrentAccount signedIn) {
        this.backend = backend;
        this.account = SignedIn.of(signedIn);
        setMaxWidth("70rem");
        edit.addClickListener(click -> CircleFormDialog.editing(backend, account.owner(), shown, this::lookForTheChange).open());
        addRule.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addRule.addClickListener(click -> RuleDialog.forCircle(backend, account.owner(), shown, null, this::lookForTheChange).open());
        archive.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        archive.addClickListener(click -> send(new ArchiveCircle(circleId, account.owner()),
                shown.details().name() + " archived: its rules no longer apply"));
        restore.addClickListener(click -> send(new RestoreCircle(circleId, account.owner()), shown.details().name() + " restored"));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        delete.addClickListener(click -> confirmDelete());
        HorizontalLayout actions = new HorizontalLayout(addRule, edit, archive, restore, delete);
        actions.setWrap(true);

        members.addComponentColumn(contact -> new RouterLink(contact.details().name(), ContactView.class,
                new RouteParameters("contactId", contact.contactId().toString()))).setHeader("Name").setAutoWidth(true).setFlexGrow(1);
        members.addColumn(contact -> contact.details().company()).setHeader("Company").setAutoWidth(true);
        members.addComponentColumn(contact -> {
            Button remove = new Button("Take out", click -> send(new RemoveFromCircle(circleId, account.owner(),
                    List.of(contact.contactId())), contact.details().name() + " left " + shown.details().name()));
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            return remove;
        }).setAutoWidth(true);
        members.setAllRowsVisible(true);

        RouterLink addPeople = new RouterLink("Add people from Contacts", ContactsView.class);
        page.add(new RouterLink("All circles", CirclesView.class), name, description, actions, standing, settling,
                new H3("Rules"), rules, capacity, new H3("People"), addPeople, members);
        page.setWidthFull();
        add(page, notFound);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        circleId = RouteIds.of(event, "circleId").orElse(null);
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        UI ui = attach.getUI();
        polls = ui.addPollListener(poll -> refresh());
        keepLookingWhileSettling(ui);
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        polls.remove();
        detach.getUI().setPollInterval(-1);
    }

    void refresh() {
        Optional<CircleSummary> circle = circleId == null ? Optional.empty()
                : backend.find(new FetchCircle(account.owner(), circleId), CircleSummary.class);
        page.setVisible(circle.isPresent());
        notFound.setVisible(circle.isEmpty());
        if (circle.isPresent() && !circle.get().equals(shown)) {
            looksLeft = 0;
            show(circle.get());
        }
        getUI().ifPresent(this::keepLookingWhileSettling);
    }

    private void show(CircleSummary circle) {
        shown = circle;
        boolean archived = shown.archived();
        name.setText(shown.details().name());
        name.getStyle().set("border-left", "0.4em solid " + shown.details().colour().hex()).set("padding-left", "0.4em");
        description.setText(shown.details().description() == null ? "" : shown.details().description());
        description.setVisible(shown.details().description() != null);
        standing.setText(standing(shown));
        settling.setVisible(!archived && !shown.rules().isEmpty() && !shown.settledAll());
        settling.setValue(shown.members().isEmpty() ? 1 : Math.min(1.0, (double) shown.settled() / shown.members().size()));
        archive.setVisible(!archived);
        restore.setVisible(archived);
        delete.setEnabled(shown.members().isEmpty());
        delete.setTooltipText(shown.members().isEmpty() ? null : "Only an empty circle can be deleted: take its people out, or archive it.");
        addRule.setEnabled(!archived);
        edit.setEnabled(!archived);
        showRules(archived);
        capacity.show(backend.query(new CheckCapacity(account.owner()), Capacity.class));
        members.setItems(Contacts.matching(backend, new SearchContacts(account.owner(), null, null, circleId, false, true, 0,
                SearchContacts.MAX_PAGE)));
    }

    static String standing(CircleSummary circle) {
        int people = circle.members().size();
        String who = people + (people == 1 ? " person" : " people");
        if (circle.archived()) {
            return who + ". Archived: the circle's rules do not apply until it is restored.";
        }
        if (circle.rules().isEmpty()) {
            return who + ". No rule yet: add one and everyone in the circle keeps it, with their own next touch.";
        }
        String updating = circle.settledAll() ? "" : " Giving the rules to everyone: " + circle.settled() + " of " + people + " so far.";
        return who + " · " + circle.due() + " due · " + circle.overdue() + " overdue." + updating;
    }

    private void showRules(boolean archived) {
        rules.removeAll();
        for (KeepInTouchRule rule : shown.rules()) {
            Button change = small("Change", () -> RuleDialog.forCircle(backend, account.owner(), shown, rule, this::refresh).open());
            Button remove = small("Remove", () -> send(new ClearCircleRule(circleId, account.owner(), rule.ruleId()),
                    "Rule removed from everyone in " + shown.details().name()));
            change.setEnabled(!archived);
            remove.setEnabled(!archived);
            rules.add(new ListItem(new Span(CirclesView.line(rule) + " "), change, remove));
        }
        if (shown.rules().isEmpty()) {
            rules.add(new ListItem("None yet, e.g. \"any touch every 3 months\" or \"coffee or lunch once a year\"."));
        }
    }

    /** A change just sent reaches the circle's read model a moment later: look again until it shows. */
    void lookForTheChange() {
        looksLeft = LOOKS_FOR_A_CHANGE;
        refresh();
    }

    private void keepLookingWhileSettling(UI ui) {
        boolean settling = shown != null && !shown.archived() && !shown.settledAll();
        ui.setPollInterval(settling || looksLeft-- > 0 ? SETTLING_POLL_MILLIS : -1);
    }

    private void confirmDelete() {
        ConfirmDialog confirm = new ConfirmDialog("Delete " + shown.details().name() + "?",
                "The circle and its rules are gone for good. Its history stays in the contacts' histories.", "Delete",
                click -> {
                    if (send(new DeleteCircle(circleId, account.owner()), shown.details().name() + " deleted")) {
                        getUI().ifPresent(ui -> ui.navigate(CirclesView.class));
                    }
                });
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.open();
    }

    private static Button small(String text, Runnable action) {
        Button button = new Button(text, click -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    private boolean send(Object command, String done) {
        if (Feedback.send(backend, command, done)) {
            lookForTheChange();
            return true;
        }
        return false;
    }
}
