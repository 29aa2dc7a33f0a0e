package app.touchbase.ui.contacts;

import app.touchbase.cadence.api.CircleRef;
import app.touchbase.circle.api.AddToCircle;
import app.touchbase.circle.api.ListCircleRefs;
import app.touchbase.circle.api.RemoveFromCircle;
import app.touchbase.contact.api.ContactDetails;
import app.touchbase.contact.api.ContactPage;
import app.touchbase.contact.api.ContactSummary;
import app.touchbase.contact.api.ListTags;
import app.touchbase.contact.api.SearchContacts;
import app.touchbase.nexttouch.api.TouchStatus;
import app.touchbase.ui.MainLayout;
import app.touchbase.ui.duplicates.DuplicatesView;
import app.touchbase.ui.base.Backend;
import app.touchbase.ui.base.CurrentAccount;
import app.touchbase.ui.base.Feedback;
import app.touchbase.ui.base.ScreenWidth;
import app.touchbase.ui.base.SignedIn;
import app.touchbase.ui.base.StatusBadge;
import app.touchbase.ui.circles.CircleBulkDialog;
import app.touchbase.ui.circles.CircleChips;
import app.touchbase.ui.contact.ContactView;
import app.touchbase.ui.importing.ImportDialog;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import org.axonframework.messaging.responsetypes.ResponseTypes;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The whole network: search by name, company, role or email, filter by tag, circle or "no rule yet", add a contact,
 * and put many people into a circle (or take them out) in one step, with undo.
 */
@Route(value = "contacts", layout = MainLayout.class)
@PageTitle("Contacts · Touchbase")
@PermitAll
public class ContactsView extends VerticalLayout {

    static final String PHONE_CARD = "card";

    public final TextField search = new TextField();
    public final ComboBox<String> tag = new ComboBox<>();
    final Paragraph nobody = new Paragraph();
    public final ComboBox<CircleRef> circle = new ComboBox<>();
    public final Checkbox withoutRules = new Checkbox("No rule yet");
    final Checkbox showArchived = new Checkbox("Show archived");
    public final Button selectAll = new Button();
    public final Button addToCircle = new Button("Add to a circle…");
    final Button removeFromCircle = new Button("Take out of the circle");
    final Span selected = new Span();
    public final Button add = new Button("Add contact", VaadinIcon.PLUS.create());
    public final Button importFile = new Button("Import");
    public final Button duplicates = new Button("Find duplicates");
    public final Grid<ContactSummary> contacts = new Grid<>();
    final Anchor exportVcard = new Anchor("export/contacts.vcf", "Export vCard");
    final Anchor exportCsv = new Anchor("export/contacts.csv", "Export CSV");
    private final Backend backend;
    private final SignedIn account;
    private Registration liveUpdates;
    private Registration resizes;
    private final List<Grid.Column<ContactSummary>> wideColumns;
    private final Grid.Column<ContactSummary> phoneColumn;
    private boolean updatingCircles;

    public ContactsView(Backend backend, CurrentAccount signedIn) {
        this.backend = backend;
        this.account = SignedIn.of(signedIn);
        setSizeFull();
        search.setPlaceholder("Search name, company, email, address, notes");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setMaxLength(SearchContacts.MAX_TEXT);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        tag.setPlaceholder("Tag");
        tag.setClearButtonVisible(true);
        tag.setAllowCustomValue(true);
        tag.addCustomValueSetListener(typed -> tag.setValue(typed.getDetail()));
        tag.setItems(backend.list(new ListTags(account.owner()), String.class));
        circle.setPlaceholder("Any circle");
        circle.setItemLabelGenerator(CircleRef::name);
        circle.setClearButtonVisible(true);
        search.addValueChangeListener(change -> refresh());
        tag.addValueChangeListener(change -> refresh());
        circle.addValueChangeListener(change -> {
            if (change.isFromClient() || !updatingCircles) {
                refresh();
            }
        });
        withoutRules.addValueChangeListener(change -> refresh());
        showArchived.addValueChangeListener(change -> refresh());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(click -> ContactFormDialog.adding(backend, account.owner(), account.defaultCadence(), this::open).open());

        exportVcard.setRouterIgnore(true);
        exportCsv.setRouterIgnore(true);
        exportVcard.getElement().setAttribute("download", true);
        exportCsv.getElement().setAttribute("download", true);
        importFile.addClickListener(click -> new ImportDialog(backend, account.owner(), account.defaultCadence(), this::refresh).open());
        duplicates.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        duplicates.addClickListener(click -> getUI().ifPresent(ui -> ui.navigate(DuplicatesView.class)));
        HorizontalLayout toolbar = new HorizontalLayout(search, tag, circle, withoutRules, showArchived, add, importFile,
                exportVcard, exportCsv, duplicates);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);
        selectAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        selectAll.addClickListener(click -> selectAllMatching());
        addToCircle.addClickListener(click -> new CircleBulkDialog(backend, account.owner(), chosen(), this::afterBulk).open());
        removeFromCircle.addClickListener(click -> takeOutOfCircle());
        HorizontalLayout bulk = new HorizontalLayout(selected, selectAll, addToCircle, removeFromCircle);
        bulk.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        bulk.setWrap(true);

        wideColumns = List.of(
                contacts.addColumn(contact -> contact.details().name()).setHeader("Name").setAutoWidth(true).setFlexGrow(1),
                contacts.addColumn(contact -> contact.details().company()).setHeader("Company").setAutoWidth(true),
                contacts.addColumn(contact -> contact.details().role()).setHeader("Role").setAutoWidth(true),
                contacts.addColumn(contact -> String.join(", ", contact.details().tags())).setHeader("Tags").setAutoWidth(true),
                contacts.addComponentColumn(contact -> CircleChips.row(contact.circles())).setHeader("Circles").setAutoWidth(true),
                contacts.addColumn(contact -> contact.archived() ? "Archived" : "").setHeader("").setAutoWidth(true));
        phoneColumn = contacts.addComponentColumn(ContactsView::card).setKey(PHONE_CARD).setHeader("Contacts");
        phoneColumn.setVisible(false);
        contacts.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        contacts.addItemClickListener(click -> open(click.getItem().contactId()));
        contacts.setSelectionMode(Grid.SelectionMode.MULTI);
        contacts.addSelectionListener(selection -> showSelection());
        contacts.setSizeFull();

        nobody.setVisible(false);
        add(new H2("Contacts"), toolbar, bulk, nobody, contacts);
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        UI ui = attach.getUI();
        liveUpdates = backend.onChange(new SearchContacts(account.owner(), null, null, true, 0, 1),
                ResponseTypes.instanceOf(ContactPage.class), () -> ui.access(contacts.getDataProvider()::refreshAll));
        resizes = ScreenWidth.follow(ui, this::layOutFor);
    }

    void layOutFor(boolean narrow) {
        wideColumns.forEach(column -> column.setVisible(!narrow));
        phoneColumn.setVisible(narrow);
    }

    /** On a phone, one card per person: the name in full, then what they do, their tags and circles. */
    static VerticalLayout card(ContactSummary contact) {
        ContactDetails who = contact.details();
        Span name = new Span(who.name());
        name.getStyle().set("font-weight", "600");
        HorizontalLayout top = new HorizontalLayout(name);
        top.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        if (contact.archived()) {
            top.add(StatusBadge.of(TouchStatus.ARCHIVED));
        }
        VerticalLayout card = new VerticalLayout(top);
        String work = Stream.of(who.role(), who.company()).filter(Objects::nonNull).collect(Collectors.joining(" at "));
        String tags = who.tags().isEmpty() ? "" : "#" + String.join(" #", who.tags());
        Stream.of(work, tags).filter(text -> !text.isEmpty()).forEach(text -> card.add(new Span(text)));
        if (!contact.circles().isEmpty()) {
            card.add(CircleChips.row(contact.circles()));
        }
        card.setPadding(false);
        card.setSpacing(false);
        return card;
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        liveUpdates.remove();
        resizes.remove();
    }

    public void refresh() {
        List<CircleRef> circles = backend.list(new ListCircleRefs(account.owner()), CircleRef.class);
        UUID chosenCircle = circle.getValue() == null ? null : circle.getValue().circleId();
        updatingCircles = true;
        circle.setItems(circles);
        circle.setVisible(!circles.isEmpty());
        circles.stream().filter(one -> one.circleId().equals(chosenCircle)).findFirst().ifPresent(circle::setValue);
        updatingCircles = false;
        contacts.deselectAll();
        contacts.setItems(
                page -> backend.query(query(page.getOffset(), page.getLimit()), ContactPage.class).contacts().stream(),
                count -> (int) backend.query(query(0, 1), ContactPage.class).total())
                .setIdentifierProvider(ContactSummary::contactId);
        showSelection();
    }

    private SearchContacts query(int offset, int limit) {
        return new SearchContacts(account.owner(), search.getValue(), tag.getValue(),
                circle.getValue() == null ? null : circle.getValue().circleId(), withoutRules.getValue(),
                showArchived.getValue(), offset, Math.min(limit, SearchContacts.MAX_PAGE));
    }

    public List<UUID> chosen() {
        return contacts.getSelectedItems().stream().map(ContactSummary::contactId).toList();
    }

    /** Selects every contact the filters match, not only the rows on screen. */
    void selectAllMatching() {
        Contacts.matching(backend, query(0, SearchContacts.MAX_PAGE)).forEach(contacts::select);
    }

    private void showSelection() {
        int count = contacts.getSelectedItems().size();
        long matching = backend.query(query(0, 1), ContactPage.class).total();
        boolean filtered = !search.getValue().isBlank() || tag.getValue() != null || circle.getValue() != null
                || withoutRules.getValue();
        nobody.setText(filtered ? "Nobody matches these filters: clear the search, the tag or the circle to see everyone."
                : "No contacts yet: add someone, or import them from LinkedIn, Google Contacts, Outlook, Thunderbird or a vCard file.");
        nobody.setVisible(matching == 0);
        contacts.setVisible(matching > 0);
        selected.setText(count == 0 ? "Tick people to put them in a circle." : count + " selected");
        selectAll.setText("Select all " + matching);
        selectAll.setVisible(matching > 0 && count < matching);
        addToCircle.setEnabled(count > 0);
        removeFromCircle.setVisible(circle.getValue() != null);
        removeFromCircle.setEnabled(count > 0);
        removeFromCircle.setText(circle.getValue() == null ? "Take out of the circle" : "Take out of " + circle.getValue().name());
    }

    /** Takes the selected people out of the circle shown, in one recorded change, with a way back. */
    void takeOutOfCircle() {
        CircleRef from = circle.getValue();
        Feedback.<List<UUID>>answer(backend, new RemoveFromCircle(from.circleId(), account.owner(), chosen()), Map.of())
                .ifPresent(left -> {
                    Feedback.undoable(left.size() + (left.size() == 1 ? " person" : " people") + " taken out of " + from.name(),
                            () -> backend.send(new AddToCircle(from.circleId(), account.owner(), left)), this::refresh);
                    refresh();
                });
    }

    private void afterBulk() {
        refresh();
    }

    private void open(UUID contactId) {
        getUI().ifPresent(ui -> ui.navigate(ContactView.class, new RouteParameters("contactId", contactId.toString())));
    }
}
