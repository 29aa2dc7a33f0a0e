package app.touchbase.ui.due;

import app.touchbase.cadence.api.CadencePreset;
import app.touchbase.cadence.api.CircleRef;
import app.touchbase.cadence.api.SnoozeTouch;
import app.touchbase.circle.api.ListCircleRefs;
import app.touchbase.contact.api.ContactPage;
import app.touchbase.contact.api.SearchContacts;
import app.touchbase.followup.api.CompleteFollowUp;
import app.touchbase.followup.api.FollowUp;
import app.touchbase.followup.api.ListOpenFollowUps;
import app.touchbase.followup.api.OpenFollowUps;
import app.touchbase.importantdate.api.ImportantDate;
import app.touchbase.importantdate.api.ImportantDates;
import app.touchbase.importantdate.api.ListUpcomingDates;
import app.touchbase.nexttouch.api.DueTouches;
import app.touchbase.nexttouch.api.ListDueTouches;
import app.touchbase.nexttouch.api.ListNextTouches;
import app.touchbase.nexttouch.api.NextTouch;
import app.touchbase.nexttouch.api.RuleTouch;
import app.touchbase.nexttouch.api.TouchStatus;
import app.touchbase.ui.MainLayout;
import app.touchbase.ui.base.Backend;
import app.touchbase.ui.base.CurrentAccount;
import app.touchbase.ui.base.Feedback;
import app.touchbase.ui.base.FormDialog;
import app.touchbase.ui.base.Formats;
import app.touchbase.ui.base.ScreenWidth;
import app.touchbase.ui.base.SignedIn;
import app.touchbase.ui.base.StatusBadge;
import app.touchbase.ui.contact.ContactView;
import app.touchbase.ui.contact.LogTouchDialog;
import app.touchbase.ui.mail.ReminderAddressNotice;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import org.axonframework.messaging.responsetypes.ResponseTypes;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Who to get in touch with: this week's plan first (a few people within the weekly budget), and a click away everyone
 * due: overdue first, then due, due soon and snoozed. One click to log a touch, snooze, or add someone to this week.
 */
@Route(value = "", layout = MainLayout.class)
@PageTitle("Due · Touchbase")
@PermitAll
public class DueView extends VerticalLayout {

    static final Period ONE_WEEK = Period.ofDays(7);
    static final Duration TIME_PASSES = Duration.ofMinutes(1);
    static final String ACTIONS = "actions";
    static final String PHONE_CARD = "card";
    static final int COMING_UP_DAYS = 14;
    static final String LATE_PROMISE = "late-promise";

    final Paragraph summary = new Paragraph();
    final ComboBox<CircleRef> circle = new ComboBox<>();
    final Grid<NextTouch> touches = new Grid<>();
    final H3 comingUpTitle = new H3("Coming up");
    final UnorderedList comingUp = new UnorderedList();
    public final ReminderAddressNotice noAddress = new ReminderAddressNotice();
    final TabSheet tabs = new TabSheet();
    final Tab thisWeekTab;
    final Tab everyoneTab;
    final ThisWeekPanel thisWeek;
    private final Backend backend;
    private final SignedIn account;
    private List<NextTouch> shown = List.of();
    private final List<Grid.Column<NextTouch>> wideColumns;
    private final Grid.Column<NextTouch> phoneColumn;
    private Registration liveUpdates;
    private Registration timePasses;
    private Registration resizes;

    public DueView(Backend backend, CurrentAccount signedIn) {
        this.backend = backend;
        this.account = SignedIn.of(signedIn);
        setMaxWidth("70rem");
        summary.setId("summary");
        touches.setId("due-touches");
        touches.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        wideColumns = List.of(
                touches.addComponentColumn(this::nameLink).setHeader("Who").setAutoWidth(true).setFlexGrow(1),
                touches.addComponentColumn(DueView::statusBadge).setHeader("Status").setAutoWidth(true),
                touches.addColumn(touch -> Formats.day(touch.nextTouchOn())).setHeader("Next touch").setAutoWidth(true),
                touches.addColumn(this::rule).setHeader("Rule").setAutoWidth(true),
                touches.addComponentColumn(this::actions).setKey(ACTIONS).setAutoWidth(true));
        phoneColumn = touches.addComponentColumn(this::card).setKey(PHONE_CARD).setHeader("Who");
        phoneColumn.setVisible(false);
        touches.setAllRowsVisible(true);
        comingUp.setId("coming-up");
        circle.setPlaceholder("Every circle");
        circle.setItemLabelGenerator(CircleRef::name);
        circle.setClearButtonVisible(true);
        circle.addValueChangeListener(change -> showTouches());
        thisWeek = new ThisWeekPanel(backend, account);
        VerticalLayout everyone = new VerticalLayout(circle, touches);
        everyone.setPadding(false);
        thisWeekTab = tabs.add("This week", thisWeek);
        everyoneTab = tabs.add("Everyone due", everyone);
        tabs.setWidthFull();
        add(new H2("Who is due"), noAddress, summary, tabs, comingUpTitle, comingUp);
        noAddress.showFor(backend, account.owner());
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        UI ui = attach.getUI();
        liveUpdates = backend.onChange(new ListDueTouches(account.owner()), ResponseTypes.instanceOf(DueTouches.class),
                () -> ui.access(this::refresh));
        // statuses also change with time alone (a touch falls due overnight)
        ui.setPollInterval((int) TIME_PASSES.toMillis());
        timePasses = ui.addPollListener(poll -> refresh());
        resizes = ScreenWidth.follow(ui, this::layOutFor);
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        liveUpdates.remove();
        timePasses.remove();
        resizes.remove();
        detach.getUI().setPollInterval(-1);
    }

    void layOutFor(boolean narrow) {
        wideColumns.forEach(column -> column.setVisible(!narrow));
        phoneColumn.setVisible(narrow);
    }

    /** The rule behind the status: "every 3 months", or a named rule's name and period; and how late it is. */
    String rule(NextTouch touch) {
        return rule(touch, account.today());
    }

    /** "Mentors · Yearly lunch · once a year · overdue by 2 weeks". */
    static String rule(NextTouch touch, LocalDate today) {
        RuleTouch rule = touch.mostUrgent();
        if (rule == null) {
            return "";
        }
        String every = CadencePreset.describe(rule.rule().every());
        String what = rule.isCadence() ? every : rule.rule().label() + " · " + every;
        return rule.status() == TouchStatus.OVERDUE ? what + " · overdue by " + Formats.howLong(rule.nextTouchOn(), today) : what;
    }

    /** On a phone, one cell per person: who, how urgent, when, and the two actions. */
    private VerticalLayout card(NextTouch touch) {
        Span when = new Span(Formats.day(touch.nextTouchOn()) + " · " + rule(touch));
        HorizontalLayout status = new HorizontalLayout(statusBadge(touch), when);
        status.setDefaultVerticalComponentAlignment(Alignment.CENTER);
        VerticalLayout card = new VerticalLayout(nameLink(touch), status, actions(touch));
        card.setPadding(false);
        card.setSpacing(false);
        return card;
    }

    /**
     * Open promises and important dates of the next two weeks: late promises first and marked, then the rest soonest
     * first. Each promise can be marked done right here.
     */
    void showComingUp() {
        LocalDate today = account.today();
        List<ImportantDate> dates = backend.query(new ListUpcomingDates(account.owner(), today, COMING_UP_DAYS), ImportantDates.class).dates();
        List<FollowUp> promises = backend.query(new ListOpenFollowUps(account.owner(), null), OpenFollowUps.class).followUps();
        comingUp.removeAll();
        promises.stream().filter(promise -> promise.dueOn().isBefore(today)).forEach(late -> comingUp.add(promiseItem(late, today)));
        List<Map.Entry<LocalDate, ListItem>> rest = new ArrayList<>();
        dates.forEach(date -> rest.add(Map.entry(date.nextOccurrence(), new ListItem(link(date.contactId(), date.contactName()),
                new Span(" · " + date.label() + " " + when(date.nextOccurrence(), today))))));
        promises.stream().filter(promise -> !promise.dueOn().isBefore(today))
                .forEach(promise -> rest.add(Map.entry(promise.dueOn(), promiseItem(promise, today))));
        rest.stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> comingUp.add(entry.getValue()));
        boolean anything = !dates.isEmpty() || !promises.isEmpty();
        comingUpTitle.setVisible(anything);
        comingUp.setVisible(anything);
    }

    /** "Ada · you promised: send the slides · due today", with Done; a late one in the error colour with a Late badge. */
    private ListItem promiseItem(FollowUp promise, LocalDate today) {
        ListItem item = new ListItem(link(promise.contactId(), promise.contactName()),
                new Span(" · you promised: " + promise.text() + " · due " + when(promise.dueOn(), today) + " "));
        if (promise.dueOn().isBefore(today)) {
            StatusBadge late = new StatusBadge("Late", StatusBadge.Tone.ALARM);
            item.addComponentAsFirst(late);
            item.addClassName(LATE_PROMISE);
            item.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
            late.getStyle().set("margin-right", "var(--lumo-space-s)");
        }
        Button done = new Button("Done", click -> {
            if (Feedback.send(backend, new CompleteFollowUp(promise.contactId(), account.owner(), promise.followUpId()),
                    "Promise to " + promise.contactName() + " kept")) {
                item.setVisible(false);
            }
        });
        done.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        item.add(done);
        return item;
    }

    private static String when(LocalDate day, LocalDate today) {
        return day.equals(today) ? "today" : day.equals(today.plusDays(1)) ? "tomorrow" : "on " + Formats.day(day);
    }

    private static RouterLink link(UUID contactId, String name) {
        return new RouterLink(name, ContactView.class, new RouteParameters("contactId", contactId.toString()));
    }

    void refresh() {
        showComingUp();
        thisWeek.refresh();
        DueTouches due = backend.query(new ListDueTouches(account.owner()), DueTouches.class);
        if (due.touches().equals(shown) && !shown.isEmpty()) {
            return;
        }
        shown = due.touches();
        long contacts = backend.query(new SearchContacts(account.owner(), null, null, false, 0, 1), ContactPage.class).total();
        int waiting = (int) shown.stream().filter(t -> t.status() != TouchStatus.SNOOZED).count();
        // only an empty list needs to know how many have a cadence at all, to say what to do next
        long withRhythm = waiting > 0 || contacts == 0 ? contacts
                : backend.query(new ListNextTouches(account.owner()), DueTouches.class).touches().size();
        summary.setText(summary(contacts, withRhythm, waiting));
        List<CircleRef> circles = backend.list(new ListCircleRefs(account.owner()), CircleRef.class);
        UUID chosen = circle.getValue() == null ? null : circle.getValue().circleId();
        circle.setItems(circles);
        circles.stream().filter(one -> one.circleId().equals(chosen)).findFirst().ifPresent(circle::setValue);
        circle.setVisible(!circles.isEmpty() && !shown.isEmpty());
        showTouches();
    }

    /** The due list, of one circle's members when a circle is chosen. */
    private void showTouches() {
        List<NextTouch> inCircle = circle.getValue() == null ? shown
                : shown.stream().filter(touch -> touch.inCircle(circle.getValue().circleId())).toList();
        touches.setItems(inCircle);
        touches.setVisible(!inCircle.isEmpty());
    }

    /** What the page says above the list, and what to do next when it is empty. */
    static String summary(long contacts, long withRhythm, int waiting) {
        if (contacts == 0) {
            return "Your network is empty. Add the people you want to stay in touch with under Contacts, or import them "
                    + "from LinkedIn, Google Contacts, Outlook, Thunderbird or a vCard file.";
        }
        if (withRhythm == 0) {
            return "None of your " + contacts + (contacts == 1 ? " contact has" : " contacts have") + " a cadence yet, so nobody "
                    + "will fall due. Open a contact and choose how often to keep in touch, or import with a cadence for everyone.";
        }
        if (waiting == 0) {
            return withRhythm < contacts
                    ? "Nobody is due. " + withRhythm + " of your " + contacts + " contacts have a cadence; the others are not reminded."
                    : "You are in touch with all " + contacts + (contacts == 1 ? " contact." : " contacts.") + " Nobody is due.";
        }
        return waiting + (waiting == 1 ? " person is" : " people are") + " waiting to hear from you.";
    }

    private RouterLink nameLink(NextTouch touch) {
        return link(touch.contactId(), touch.name());
    }

    static StatusBadge statusBadge(NextTouch touch) {
        return StatusBadge.of(touch.status());
    }

    private HorizontalLayout actions(NextTouch touch) {
        Button log = new Button("Log touch", click ->
                LogTouchDialog.logging(backend, account, touch.contactId(), touch.name(), FormDialog.PAGE_FOLLOWS).open());
        log.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        Button snooze = new Button("Snooze a week", click -> snoozeAWeek(touch));
        snooze.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        snooze.setVisible(touch.status() != TouchStatus.SNOOZED);
        Button addToThisWeek = new Button("Add to this week", click -> thisWeek.pullIn(touch.contactId(), touch.name()));
        addToThisWeek.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        addToThisWeek.setVisible(!thisWeek.inPlan(touch.contactId()));
        return new HorizontalLayout(log, snooze, addToThisWeek);
    }

    /** With several rules the snooze holds the one that is due, so the others still come up on their own days. */
    private static String ruleToSnooze(NextTouch touch) {
        return touch.rules().size() > 1 ? touch.mostUrgent().rule().ruleId() : null;
    }

    void snoozeAWeek(NextTouch touch) {
        Feedback.send(backend, new SnoozeTouch(touch.contactId(), account.owner(), account.today().plus(ONE_WEEK),
                ruleToSnooze(touch)), touch.name() + " snoozed for a week");
    }
}
