package app.touchbase.ui;

import app.touchbase.contact.api.ContactPage;
import app.touchbase.contact.api.ContactSummary;
import app.touchbase.contact.api.SearchContacts;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
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

import java.util.UUID;

/** The whole network: search by name, company, role or email, filter by tag, add a contact. */
@Route(value = "contacts", layout = MainLayout.class)
@PageTitle("Contacts · Touchbase")
@PermitAll
public class ContactsView extends VerticalLayout {

    final TextField search = new TextField();
    final TextField tag = new TextField();
    final Checkbox showArchived = new Checkbox("Show archived");
    final Button add = new Button("Add contact", VaadinIcon.PLUS.create());
    final Button importFile = new Button("Import");
    final Grid<ContactSummary> contacts = new Grid<>();
    final Anchor exportVcard = new Anchor("export/contacts.vcf", "Export vCard");
    final Anchor exportCsv = new Anchor("export/contacts.csv", "Export CSV");
    private final Backend backend;
    private final SignedIn account;
    private Registration liveUpdates;

    public ContactsView(Backend backend, CurrentAccount signedIn) {
        this.backend = backend;
        this.account = SignedIn.of(signedIn);
        setSizeFull();
        search.setPlaceholder("Search name, company, email");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        tag.setPlaceholder("Tag");
        tag.setClearButtonVisible(true);
        tag.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> refresh());
        tag.addValueChangeListener(change -> refresh());
        showArchived.addValueChangeListener(change -> refresh());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(click -> ContactFormDialog.adding(backend, account.owner(), account.defaultCadence(), this::open).open());

        exportVcard.setRouterIgnore(true);
        exportCsv.setRouterIgnore(true);
        exportVcard.getElement().setAttribute("download", true);
        exportCsv.getElement().setAttribute("download", true);
        importFile.addClickListener(click -> new ImportDialog(backend, account.owner(), account.defaultCadence(), this::refresh).open());
        HorizontalLayout toolbar = new HorizontalLayout(search, tag, showArchived, add, importFile, exportVcard, exportCsv);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);

        contacts.addColumn(contact -> contact.details().name()).setHeader("Name").setAutoWidth(true).setFlexGrow(1);
        contacts.addColumn(contact -> contact.details().company()).setHeader("Company").setAutoWidth(true);
        contacts.addColumn(contact -> contact.details().role()).setHeader("Role").setAutoWidth(true);
        contacts.addColumn(contact -> String.join(", ", contact.details().tags())).setHeader("Tags").setAutoWidth(true);
        contacts.addColumn(contact -> contact.archived() ? "Archived" : "").setHeader("").setAutoWidth(true);
        contacts.addItemClickListener(click -> open(click.getItem().contactId()));
        contacts.setSizeFull();

        add(new H2("Contacts"), toolbar, contacts);
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        UI ui = attach.getUI();
        liveUpdates = backend.onChange(new SearchContacts(account.owner(), null, null, true, 0, 1),
                ResponseTypes.instanceOf(ContactPage.class), () -> ui.access(contacts.getDataProvider()::refreshAll));
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        liveUpdates.remove();
    }

    void refresh() {
        contacts.setItems(
                page -> backend.query(query(page.getOffset(), page.getLimit()), ContactPage.class).contacts().stream(),
                count -> (int) backend.query(query(0, 1), ContactPage.class).total());
    }

    private SearchContacts query(int offset, int limit) {
        return new SearchContacts(account.owner(), search.getValue(), tag.getValue(), showArchived.getValue(), offset,
                Math.min(limit, SearchContacts.MAX_PAGE));
    }

    private void open(UUID contactId) {
        getUI().ifPresent(ui -> ui.navigate(ContactView.class, new RouteParameters("contactId", contactId.toString())));
    }
}
