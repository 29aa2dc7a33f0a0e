package app.touchbase.ui.contact;

import app.touchbase.contact.api.ArchiveContact;
import app.touchbase.contact.api.ContactDetails;
import app.touchbase.contact.api.ContactProfile;
import app.touchbase.contact.api.ContactSummary;
import app.touchbase.contact.api.FetchContact;
import app.touchbase.contact.api.PhoneNumber;
import app.touchbase.contact.api.RestoreContact;
import app.touchbase.duplicates.api.FetchMergedInto;
import app.touchbase.duplicates.api.MergedInto;
import app.touchbase.duplicates.api.UndoMerge;
import app.touchbase.nexttouch.api.TouchStatus;
import app.touchbase.ui.MainLayout;
import app.touchbase.ui.base.Backend;
import app.touchbase.ui.base.CurrentAccount;
import app.touchbase.ui.base.Feedback;
import app.touchbase.ui.base.FormDialog;
import app.touchbase.ui.base.RouteIds;
import app.touchbase.ui.base.ScreenWidth;
import app.touchbase.ui.base.SignedIn;
import app.touchbase.ui.base.StatusBadge;
import app.touchbase.ui.contacts.ContactFormDialog;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import org.axonframework.messaging.responsetypes.ResponseTypes;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Everything about one person: who they are and how to reach them, then its parts: keeping in touch, what to
 * remember, dates, promises, touches and the full history. The page follows every change of the contact by itself.
 */
@Route(value = "contacts/:contactId", layout = MainLayout.class)
@PageTitle("Contact · Touchbase")
@PermitAll
public class ContactView extends VerticalLayout implements BeforeEnterObserver {

    public final H2 name = new H2();
    final StatusBadge archivedBadge = StatusBadge.of(TouchStatus.ARCHIVED);
    public final Paragraph details = new Paragraph();
    final Button logTouch = new Button("Log touch");
    final Button edit = new Button("Edit details");
    final Button addFact = new Button("Remember something");
    final Button addDate = new Button("Add a date");
    final Button addFollowUp = new Button("Add a promise");
    final Button archive = new Button("Archive");
    final Button eraseContact = new Button("Erase…");
    final Button restore = new Button("Restore");
    final Div reach = new Div();
    final PostalAddresses addresses = new PostalAddresses();
    /** "Merged into Grace Hopper · Undo the merge", on the page of a contact merged into another. */
    final Div mergedNote = new Div();
    final Button undoMerge = new Button("Undo the merge");
    public final ContactKeepInTouchPanel keepInTouch;
    final ContactFactsPanel facts;
    final ContactDatesPanel dates;
    final ContactPromisesPanel promises;
    final ContactTouchesPanel touches;
    final ContactHistoryPanel history;
    final Paragraph notFound = new Paragraph("There is no such contact in your network.");

    private final Backend backend;
    private final SignedIn account;
    private final Div page = new Div();
    private UUID contactId;
    private ContactProfile shown;
    private Registration liveUpdates;
    private Registration resizes;

    public ContactView(Backend backend, CurrentAccount signedIn) {
        this.backend = backend;
        this.account = SignedIn.of(signedIn);
        keepInTouch = new ContactKeepInTouchPanel(backend, account);
        facts = new ContactFactsPanel(backend, account);
        dates = new ContactDatesPanel(backend, account);
        promises = new ContactPromisesPanel(backend, account);
        touches = new ContactTouchesPanel(backend, account);
        history = new ContactHistoryPanel(backend, account, () -> contactId);
        setMaxWidth("70rem");
        logTouch.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        logTouch.addClickListener(click -> LogTouchDialog.logging(backend, account, contactId, displayName(),
                FormDialog.PAGE_FOLLOWS).open());
        edit.addClickListener(click -> ContactFormDialog.editing(backend, account.owner(), contactId,
                shown.contact().details(), id -> { }).open());
        addFact.addClickListener(click -> new FactDialog(backend, account.owner(), contactId, displayName(),
                FormDialog.PAGE_FOLLOWS).open());
        addDate.addClickListener(click -> new ImportantDateDialog(backend, account.owner(), contactId, displayName(),
                FormDialog.PAGE_FOLLOWS).open());
        addFollowUp.addClickListener(click -> new FollowUpDialog(backend, account.owner(), contactId, displayName(), account.today(),
                FormDialog.PAGE_FOLLOWS).open());
        archive.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        archive.addClickListener(click -> archive());
        restore.addClickListener(click -> Feedback.send(backend, new RestoreContact(contactId, account.owner()),
                displayName() + " restored"));

        eraseContact.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        eraseContact.addClickListener(click -> new EraseContactDialog(backend, account.owner(), contactId, displayName()).open());

        HorizontalLayout actions = new HorizontalLayout(logTouch, edit, addFact, addDate, addFollowUp, archive, restore, eraseContact);
        actions.setWrap(true);
        HorizontalLayout title = new HorizontalLayout(name, archivedBadge);
        title.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        undoMerge.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        undoMerge.addClickListener(click -> Feedback.send(backend, new UndoMerge(account.owner(), contactId),
                displayName() + " is a contact of its own again"));
        mergedNote.setVisible(false);
        page.add(title, mergedNote, details, reach, addresses, actions, keepInTouch, facts, dates, promises, touches, history);
        page.setWidthFull();
        add(page, notFound);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        contactId = RouteIds.of(event, "contactId").orElse(null);
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        UI ui = attach.getUI();
        if (contactId != null) {
            liveUpdates = backend.onChange(new FetchContact(account.owner(), contactId),
                    ResponseTypes.optionalInstanceOf(ContactProfile.class), () -> ui.access(this::refresh));
            // a change the read models took between the first read and the subscription would otherwise not show
            refresh();
        }
        resizes = ScreenWidth.follow(ui, touches::layOutFor);
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        resizes.remove();
        if (liveUpdates != null) {
            liveUpdates.remove();
        }
    }

    public void refresh() {
        Optional<ContactProfile> profile = contactId == null ? Optional.empty()
                : backend.find(new FetchContact(account.owner(), contactId), ContactProfile.class);
        page.setVisible(profile.isPresent());
        notFound.setVisible(profile.isEmpty());
        if (profile.isEmpty()) {
            return;
        }
        ContactSummary contact = profile.get().contact();
        keepInTouch.show(contact);
        dates.show(contact);
        promises.show(contact);
        if (profile.get().equals(shown)) {
            return;
        }
        shown = profile.get();
        ContactDetails who = contact.details();
        boolean archived = contact.archived();
        name.setText(who.name());
        Optional<MergedInto> merged = archived ? backend.find(new FetchMergedInto(account.owner(), contactId), MergedInto.class)
                : Optional.empty();
        showMerged(merged);
        archivedBadge.setVisible(archived && merged.isEmpty());
        String homeRegion = PhoneNumber.regionOf(account.zone());
        details.setText(describe(contact, homeRegion));
        showWaysToReach(contact, homeRegion);
        addresses.show(who.addresses());
        archive.setVisible(!archived);
        restore.setVisible(archived && merged.isEmpty());
        Stream.of(logTouch, edit, addFact, addDate, addFollowUp).forEach(control -> control.setEnabled(!archived));
        facts.show(contact, shown.facts());
        touches.show(contact, shown.interactions());
        history.show(shown.timeline());
    }

    /** A contact merged into another one says where it went, with a link there and a way to undo the merge. */
    private void showMerged(Optional<MergedInto> merged) {
        mergedNote.removeAll();
        merged.ifPresent(into -> mergedNote.add(new Span("Merged into "),
                new RouterLink(into.keptName() == null ? "another contact" : into.keptName(), ContactView.class,
                        new RouteParameters("contactId", into.keptContactId().toString())), new Span(" "), undoMerge));
        mergedNote.setVisible(merged.isPresent());
    }

    /**
     * Each email and phone number as a link that starts the mail or the call; a number as people in the owner's
     * region write it, dialled in E.164 form (as written when it could not be read).
     */
    private void showWaysToReach(ContactSummary contact, String homeRegion) {
        reach.removeAll();
        contact.details().emails().forEach(email -> reach.add(wayToReach("✉ " + email, "mailto:" + email)));
        contact.phoneNumbers().forEach(phone -> reach.add(wayToReach("☎ " + phone.shown(homeRegion), phone.telLink())));
        reach.setVisible(!contact.details().emails().isEmpty() || !contact.phoneNumbers().isEmpty());
    }

    private static Anchor wayToReach(String text, String href) {
        Anchor link = new Anchor(href, text);
        link.getStyle().set("margin-right", "var(--lumo-space-m)");
        return link;
    }

    /** Archiving takes the contact off every list at once, so it comes with a way back. */
    void archive() {
        String name = displayName();
        if (Feedback.send(backend, new ArchiveContact(contactId, account.owner()), null)) {
            Feedback.undoable(name + " archived", () -> backend.send(new RestoreContact(contactId, account.owner())),
                    FormDialog.PAGE_FOLLOWS);
        }
    }

    private String displayName() {
        return shown == null ? "" : shown.contact().details().name();
    }

    static String describe(ContactSummary contact, String homeRegion) {
        ContactDetails who = contact.details();
        String work = Stream.of(who.role(), who.company()).filter(Objects::nonNull).collect(Collectors.joining(" at "));
        return Stream.of(Stream.of(work.isEmpty() ? null : work), who.emails().stream(),
                        contact.phoneNumbers().stream().map(phone -> phone.shown(homeRegion)),
                        Stream.of(who.preferredChannel() == null ? null : "prefers " + who.preferredChannel().label().toLowerCase(),
                                who.howWeMet() == null ? null : "met: " + who.howWeMet(),
                                who.tags().isEmpty() ? null : "#" + String.join(" #", who.tags())))
                .flatMap(s -> s)
                .filter(Objects::nonNull)
                .collect(Collectors.joining(" · "));
    }
}
