package app.touchbase.ui;

import app.touchbase.cadence.api.CadencePreset;
import app.touchbase.cadence.api.CircleRef;
import app.touchbase.cadence.api.ClearCadence;
import app.touchbase.cadence.api.ClearKeepInTouchRule;
import app.touchbase.cadence.api.SetCadence;
import app.touchbase.cadence.api.SnoozeTouch;
import app.touchbase.cadence.api.StopSnoozing;
import app.touchbase.circle.api.AddToCircle;
import app.touchbase.circle.api.ListCircleRefs;
import app.touchbase.circle.api.RemoveFromCircle;
import app.touchbase.contact.api.ArchiveContact;
import app.touchbase.contact.api.ContactDetails;
import app.touchbase.contact.api.ContactProfile;
import app.touchbase.contact.api.Fact;
import app.touchbase.contact.api.FetchContact;
import app.touchbase.contact.api.InteractionRecord;
import app.touchbase.contact.api.RemoveFact;
import app.touchbase.contact.api.RestoreContact;
import app.touchbase.contact.api.TimelineEntry;
import app.touchbase.followup.api.CompleteFollowUp;
import app.touchbase.followup.api.FollowUp;
import app.touchbase.followup.api.ListOpenFollowUps;
import app.touchbase.followup.api.OpenFollowUps;
import app.touchbase.importantdate.api.ImportantDate;
import app.touchbase.importantdate.api.ImportantDates;
import app.touchbase.importantdate.api.ListContactDates;
import app.touchbase.importantdate.api.RemoveImportantDate;
import app.touchbase.interaction.api.RemoveInteraction;
import app.touchbase.nexttouch.api.FetchNextTouch;
import app.touchbase.nexttouch.api.NextTouch;
import app.touchbase.nexttouch.api.RuleTouch;
import app.touchbase.nexttouch.api.TouchStatus;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
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
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import org.axonframework.messaging.responsetypes.ResponseTypes;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Everything about one person: who they are, what to remember, the cadence, every touch and the full history. */
@Route(value = "contacts/:contactId", layout = MainLayout.class)
@PageTitle("Contact · Touchbase")
@PermitAll
public class ContactView extends VerticalLayout implements BeforeEnterObserver {

    static final String INTERACTION_ACTIONS = "interaction-actions";
    static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);

    final H2 name = new H2();
    final Span archivedBadge = new Span("Archived");
    final Paragraph details = new Paragraph();
    final Button logTouch = new Button("Log touch");
    final Button edit = new Button("Edit details");
    final Button addFact = new Button("Remember something");
    final Button addDate = new Button("Add a date");
    final Button addFollowUp = new Button("Add a promise");
    final UnorderedList dates = new UnorderedList();
    final UnorderedList followUps = new UnorderedList();
    final Button archive = new Button("Archive");
    final Button restore = new Button("Restore");
    final ComboBox<CadencePreset> cadence = new ComboBox<>("Keep in touch");
    final Paragraph nextTouch = new Paragraph();
    final UnorderedList rules = new UnorderedList();
    final Button addRule = new Button("Add a rule");
    final Div circles = new Div();
    final ComboBox<CircleRef> joinCircle = new ComboBox<>();
    final DatePicker snoozeUntil = Formats.isoDates(new DatePicker("Snooze until"));
    final Button snooze = new Button("Snooze");
    final Button stopSnoozing = new Button("Stop snoozing");
    final Div reach = new Div();
    final UnorderedList facts = new UnorderedList();
    final Grid<InteractionRecord> interactions = new Grid<>();
    final UnorderedList history = new UnorderedList();
    final DatePicker asOf = Formats.isoDates(new DatePicker("As of"));
    final Paragraph notFound = new Paragraph("There is no such contact in your network.");

    private final Backend backend;
    private final SignedIn account;
    private final Div page = new Div();
    private UUID contactId;
    private ContactProfile shown;
    private boolean updatingCadence;
    private final List<Grid.Column<InteractionRecord>> secondaryColumns;
    private Registration liveUpdates;

    public ContactView(Backend backend, CurrentAccount signedIn) {
        this.backend = backend;
        this.account = SignedIn.of(signedIn);
        setMaxWidth("70rem");
        archivedBadge.getElement().getThemeList().addAll(List.of("badge", "contrast"));
        logTouch.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        logTouch.addClickListener(click -> LogTouchDialog.logging(backend, account, contactId, displayName(), this::refresh).open());
        edit.addClickListener(click -> ContactFormDialog.editing(backend, account.owner(), contactId,
                shown.contact().details(), id -> refresh()).open());
        addFact.addClickListener(click -> new FactDialog(backend, account.owner(), contactId, displayName(), this::refresh).open());
        addDate.addClickListener(click -> new ImportantDateDialog(backend, account.owner(), contactId, displayName(), this::refresh).open());
        addFollowUp.addClickListener(click -> new FollowUpDialog(backend, account.owner(), contactId, displayName(), account.today(),
                this::refresh).open());
        archive.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        archive.addClickListener(click -> archive());
        restore.addClickListener(click -> send(new RestoreContact(contactId, account.owner()), displayName() + " restored"));

        cadence.setItems(CadencePreset.values());
        cadence.setItemLabelGenerator(CadencePreset::label);
        cadence.setClearButtonVisible(true);
        cadence.setPlaceholder("No cadence");
        cadence.addValueChangeListener(change -> {
            if (!updatingCadence) {
                changeCadence(change.getValue());
            }
        });
        snoozeUntil.setMin(account.today().plusDays(1));
        snooze.addClickListener(click -> snooze());
        stopSnoozing.addClickListener(click -> send(new StopSnoozing(contactId, account.owner()),
                displayName() + " is not snoozed any more"));
        addRule.addClickListener(click -> RuleDialog.forContact(backend, account.owner(), contactId, displayName(), this::refresh).open());
        joinCircle.setPlaceholder("Add to a circle");
        joinCircle.setItemLabelGenerator(CircleRef::name);
        joinCircle.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                CircleRef circle = change.getValue();
                send(new AddToCircle(circle.circleId(), account.owner(), List.of(contactId)),
                        displayName() + " is in " + circle.name() + " now");
                joinCircle.clear();
            }
        });

        HorizontalLayout actions = new HorizontalLayout(logTouch, edit, addFact, addDate, addFollowUp, archive, restore);
        actions.setWrap(true);
        HorizontalLayout keepInTouch = new HorizontalLayout(cadence, snoozeUntil, snooze, stopSnoozing, addRule);
        keepInTouch.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        keepInTouch.setWrap(true);

        interactions.addColumn(i -> Formats.day(i.occurredOn())).setHeader("When").setAutoWidth(true);
        interactions.addColumn(i -> i.type().label()).setHeader("What").setAutoWidth(true);
        secondaryColumns = List.of(
                interactions.addColumn(i -> i.direction().label()).setHeader("Gave / asked").setAutoWidth(true),
                interactions.addColumn(i -> i.notes() == null ? "" : i.notes()).setHeader("Notes").setFlexGrow(1));
        interactions.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        interactions.addComponentColumn(this::interactionActions).setKey(INTERACTION_ACTIONS).setAutoWidth(true);
        interactions.setAllRowsVisible(true);

        asOf.setMax(account.today());
        asOf.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                ContactAsOfDialog.atEndOf(backend, account, contactId, change.getValue()).open();
                asOf.clear();
            }
        });

        HorizontalLayout title = new HorizontalLayout(name, archivedBadge);
        title.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        page.add(title, details, reach, actions, new H3("Keeping in touch"), circles, keepInTouch, nextTouch, rules,
                new H3("What to remember"), facts, new H3("Dates"), dates, new H3("Promises"), followUps,
                new H3("Touches"), interactions, new H3("History"), asOf, history);
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
        }
        ScreenWidth.follow(ui, narrow -> secondaryColumns.forEach(column -> column.setVisible(!narrow)));
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (liveUpdates != null) {
            liveUpdates.remove();
        }
    }

    void refresh() {
        Optional<ContactProfile> profile = contactId == null ? Optional.empty()
                : backend.find(new FetchContact(account.owner(), contactId), ContactProfile.class);
        page.setVisible(profile.isPresent());
        notFound.setVisible(profile.isEmpty());
        if (profile.isEmpty() || profile.get().equals(shown)) {
            return;
        }
        shown = profile.get();
        ContactDetails who = shown.contact().details();
        boolean archived = shown.contact().archived();
        name.setText(who.name());
        archivedBadge.setVisible(archived);
        details.setText(describe(who));
        showWaysToReach(who);
        archive.setVisible(!archived);
        restore.setVisible(archived);
        Stream.of(logTouch, edit, addFact, addDate, addFollowUp, cadence, snoozeUntil, snooze, stopSnoozing, addRule, joinCircle)
                .forEach(control -> control.setEnabled(!archived));

        facts.removeAll();
        shown.facts().forEach(fact -> facts.add(new ListItem(new Span(describe(fact) + " "),
                smallButton("Change", () -> new FactDialog(backend, account.owner(), contactId, displayName(), fact, this::refresh).open(), archived),
                smallButton("Remove", () -> confirmRemoving(fact), archived))));
        if (shown.facts().isEmpty()) {
            facts.add(new ListItem("Nothing yet: kids' names, the project, the job search…"));
        }
        showDates(archived);
        showFollowUps(archived);
        interactions.setItems(shown.interactions());
        history.removeAll();
        shown.timeline().forEach(entry -> {
            ListItem item = new ListItem(describe(entry));
            item.addClickListener(click -> new ContactAsOfDialog(backend, account, contactId, entry.recordedAt()).open());
            item.getElement().setAttribute("title", "Show the contact as it was then");
            item.getStyle().set("cursor", "pointer");
            history.add(item);
        });

        Optional<NextTouch> next = backend.find(new FetchNextTouch(account.owner(), contactId), NextTouch.class);
        updatingCadence = true;
        cadence.setValue(next.map(NextTouch::cadence).flatMap(CadencePreset::of).orElse(null));
        updatingCadence = false;
        nextTouch.setText(next.filter(touch -> touch.nextTouchOn() != null)
                .map(touch -> "Next touch " + Formats.day(touch.nextTouchOn()) + " · " + touch.status().label()
                        + (touch.lastTouchOn() == null ? "" : " · last touch " + Formats.day(touch.lastTouchOn())))
                .orElse("No cadence: Touchbase will not remind you about " + who.name() + "."));
        showRules(next.map(NextTouch::rules).orElse(List.of()), archived);
        stopSnoozing.setVisible(next.map(NextTouch::rules).orElse(List.of()).stream()
                .anyMatch(rule -> rule.status() == TouchStatus.SNOOZED));
        showCircles(shown.contact().circles(), archived);
    }

    /** Each email and phone number as a link that starts the mail or the call. */
    private void showWaysToReach(ContactDetails who) {
        reach.removeAll();
        who.emails().forEach(email -> reach.add(wayToReach("✉ " + email, "mailto:" + email)));
        who.phones().forEach(phone -> reach.add(wayToReach("☎ " + phone, "tel:" + ContactDetails.dialable(phone))));
        reach.setVisible(!who.emails().isEmpty() || !who.phones().isEmpty());
    }

    private static Anchor wayToReach(String text, String href) {
        Anchor link = new Anchor(href, text);
        link.getStyle().set("margin-right", "var(--lumo-space-m)");
        return link;
    }

    /** The circles the contact is in, each with a way out, and the others to join. */
    private void showCircles(List<CircleRef> in, boolean archived) {
        circles.removeAll();
        HorizontalLayout row = new HorizontalLayout();
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        row.setWrap(true);
        row.add(new Span(in.isEmpty() ? "In no circle yet." : "Circles:"));
        for (CircleRef circle : in) {
            Button leave = smallButton("×", () -> send(new RemoveFromCircle(circle.circleId(), account.owner(), List.of(contactId)),
                    displayName() + " left " + circle.name()), archived);
            leave.getElement().setAttribute("aria-label", "Take " + displayName() + " out of " + circle.name());
            row.add(new Span(CircleChips.chip(circle), leave));
        }
        List<CircleRef> others = backend.list(new ListCircleRefs(account.owner()), CircleRef.class).stream()
                .filter(circle -> in.stream().noneMatch(ref -> ref.circleId().equals(circle.circleId())))
                .toList();
        joinCircle.setItems(others);
        joinCircle.setVisible(!others.isEmpty());
        row.add(joinCircle);
        circles.add(row);
    }

    /** Each rule with its own next touch; the plain cadence is changed above, the others removed here. */
    private void showRules(List<RuleTouch> all, boolean archived) {
        rules.removeAll();
        rules.setVisible(all.stream().anyMatch(rule -> !rule.isCadence()));
        all.forEach(rule -> {
            String text = rule.rule().label() + ": " + rule.rule().describe() + " · next " + Formats.day(rule.nextTouchOn())
                    + " · " + rule.status().label() + (rule.overridden() ? " · changed for " + displayName() : "");
            ListItem item = new ListItem(new Span(text + " "));
            boolean comingUp = rule.status() == TouchStatus.OVERDUE || rule.status() == TouchStatus.DUE
                    || rule.status() == TouchStatus.DUE_SOON;
            if (comingUp && rules.isVisible()) {
                item.add(smallButton("Snooze a week", () -> send(new SnoozeTouch(contactId, account.owner(),
                        account.today().plusWeeks(1), rule.rule().ruleId()), "“" + rule.rule().label() + "” snoozed for a week"), archived));
            }
            if (!rule.isCadence() && !rule.rule().fromCircle()) {
                item.add(smallButton("Remove", () -> send(new ClearKeepInTouchRule(contactId, account.owner(),
                        rule.rule().ruleId()), "Rule removed"), archived));
            }
            if (rule.rule().fromCircle()) {
                item.add(smallButton("Change for " + displayName(), () -> RuleDialog.forContactsVersion(backend, account.owner(),
                        contactId, displayName(), rule.rule(), this::refresh).open(), archived));
            }
            if (rule.overridden()) {
                item.add(smallButton("Back to the circle's rule", () -> send(new ClearKeepInTouchRule(contactId, account.owner(),
                        rule.rule().ruleId()), "Back to the circle's rule"), archived));
            }
            rules.add(item);
        });
    }

    private void showDates(boolean archived) {
        dates.removeAll();
        LocalDate today = account.today();
        List<ImportantDate> known = backend.query(new ListContactDates(account.owner(), contactId, today), ImportantDates.class).dates();
        known.forEach(date -> {
            Integer years = date.yearsAt(date.nextOccurrence());
            String text = date.label() + " · " + date.day().format(DAY_MONTH) + (date.year() == null ? "" : " " + date.year())
                    + " · next " + Formats.day(date.nextOccurrence()) + (years == null ? "" : " (" + years + ")")
                    + (date.noticeDays() == 0 ? " · reminder on the day" : " · reminder " + date.noticeDays() + " days before");
            Button remove = smallButton("Remove", () -> send(new RemoveImportantDate(contactId, account.owner(), date.dateId()),
                    "Date removed"), archived);
            dates.add(new ListItem(new Span(text + " "), remove));
        });
        if (known.isEmpty()) {
            dates.add(new ListItem("No dates yet: a birthday (the year is optional), an anniversary…"));
        }
    }

    private void showFollowUps(boolean archived) {
        followUps.removeAll();
        LocalDate today = account.today();
        List<FollowUp> open = backend.query(new ListOpenFollowUps(account.owner(), contactId), OpenFollowUps.class).followUps();
        open.forEach(followUp -> {
            String text = followUp.text() + " · due " + Formats.day(followUp.dueOn()) + (followUp.dueOn().isBefore(today) ? " (late)" : "");
            Button done = smallButton("Done", () -> send(new CompleteFollowUp(contactId, account.owner(), followUp.followUpId()),
                    "Promise kept"), false);
            followUps.add(new ListItem(new Span(text + " "), done));
        });
        if (open.isEmpty()) {
            followUps.add(new ListItem("No open promises."));
        }
    }

    private static Button smallButton(String text, Runnable action, boolean disabled) {
        Button button = new Button(text, click -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.setEnabled(!disabled);
        return button;
    }

    private void changeCadence(CadencePreset preset) {
        send(preset == null ? new ClearCadence(contactId, account.owner()) : new SetCadence(contactId, account.owner(), preset.every()),
                preset == null ? "Cadence stopped" : "Keep in touch " + preset.label());
    }

    private void snooze() {
        if (snoozeUntil.getValue() == null) {
            snoozeUntil.setErrorMessage("Pick the day to be reminded again.");
            snoozeUntil.setInvalid(true);
            return;
        }
        snoozeUntil.setInvalid(false);
        try {
            backend.send(new SnoozeTouch(contactId, account.owner(), snoozeUntil.getValue()));
            Feedback.saved("Snoozed until " + Formats.day(snoozeUntil.getValue()));
            refresh();
        } catch (RuntimeException refused) {
            Feedback.refused(refused, Map.of("until", snoozeUntil));
        }
    }

    private Component interactionActions(InteractionRecord interaction) {
        Button correct = new Button("Correct", click -> LogTouchDialog.correcting(backend, account, contactId, displayName(),
                interaction, this::refresh).open());
        Button remove = new Button("Remove", click -> confirmRemoving(interaction));
        Stream.of(correct, remove).forEach(button -> {
            button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            button.setEnabled(!shown.contact().archived());
        });
        return new HorizontalLayout(correct, remove);
    }

    /** Archiving takes the contact off every list at once, so it comes with a way back. */
    void archive() {
        String name = displayName();
        if (Feedback.accepted(() -> backend.send(new ArchiveContact(contactId, account.owner())), Map.of())) {
            Feedback.undoable(name + " archived", () -> backend.send(new RestoreContact(contactId, account.owner())), this::refresh);
            refresh();
        }
    }

    private void confirmRemoving(Fact fact) {
        ConfirmDialog confirm = new ConfirmDialog("Forget this?", describe(fact), "Remove",
                click -> send(new RemoveFact(contactId, account.owner(), fact.factId()), "Removed"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.open();
    }

    private void confirmRemoving(InteractionRecord interaction) {
        ConfirmDialog confirm = new ConfirmDialog("Remove this touch?",
                interaction.type().label() + " on " + Formats.day(interaction.occurredOn()) + " no longer counts for the next "
                        + "touch. The history keeps that it was logged and removed.", "Remove",
                click -> send(new RemoveInteraction(contactId, account.owner(), interaction.interactionId()), "Touch removed"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.open();
    }

    private void send(Object command, String done) {
        try {
            backend.send(command);
            Feedback.saved(done);
            refresh();
        } catch (RuntimeException refused) {
            Feedback.refused(refused, Map.of());
        }
    }

    private String displayName() {
        return shown == null ? "" : shown.contact().details().name();
    }


    static String describe(ContactDetails who) {
        String work = Stream.of(who.role(), who.company()).filter(Objects::nonNull).collect(Collectors.joining(" at "));
        return Stream.of(Stream.of(work.isEmpty() ? null : work), who.emails().stream(), who.phones().stream(),
                        Stream.of(who.preferredChannel() == null ? null : "prefers " + who.preferredChannel().label().toLowerCase(),
                                who.howWeMet() == null ? null : "met: " + who.howWeMet(),
                                who.tags().isEmpty() ? null : "#" + String.join(" #", who.tags())))
                .flatMap(s -> s)
                .filter(Objects::nonNull)
                .collect(Collectors.joining(" · "));
    }

    private static String describe(Fact fact) {
        return (fact.topic() == null ? "" : fact.topic() + ": ") + fact.text()
                + (fact.about() == null ? "" : " (" + Formats.day(fact.about()) + ")");
    }

    private String describe(TimelineEntry entry) {
        return Formats.moment(entry.recordedAt(), account.zone()) + " — " + entry.summary()
                + (entry.on() == null ? "" : " · on " + Formats.day(entry.on()))
                + (entry.detail() == null ? "" : " — " + entry.detail());
    }
}
