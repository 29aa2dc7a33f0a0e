package app.touchbase.ui.settings;

import app.touchbase.account.api.AccountSettings;
import app.touchbase.account.api.ChangeAccountSettings;
import app.touchbase.account.api.ChangePassword;
import app.touchbase.account.api.CloseCalendarFeed;
import app.touchbase.account.api.OpenCalendarFeed;
import app.touchbase.cadence.api.CadencePreset;
import app.touchbase.calendar.api.CalendarFeedStatus;
import app.touchbase.calendar.api.FetchCalendarFeedStatus;
import app.touchbase.importing.api.ImportState;
import app.touchbase.importing.api.ImportSummary;
import app.touchbase.importing.api.Imports;
import app.touchbase.importing.api.ListImports;
import app.touchbase.importing.api.UndoImport;
import app.touchbase.plan.api.Capacity;
import app.touchbase.plan.api.CheckCapacity;
import app.touchbase.plan.api.FetchWeeklyBudget;
import app.touchbase.plan.api.SetWeeklyBudget;
import app.touchbase.plan.api.WeeklyBudget;
import app.touchbase.reminder.api.ChangeReminderPreferences;
import app.touchbase.reminder.api.FetchReminderPreferences;
import app.touchbase.reminder.api.ReminderPreferences;
import app.touchbase.ui.MainLayout;
import app.touchbase.ui.account.RegisterView;
import app.touchbase.ui.account.SignedInSessions;
import app.touchbase.ui.base.Backend;
import app.touchbase.ui.base.CurrentAccount;
import app.touchbase.ui.base.Feedback;
import app.touchbase.ui.base.Formats;
import app.touchbase.ui.mail.ReminderAddressNotice;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.PermitAll;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Your name, the time zone dates are shown in, and the cadence new contacts start with. */
@Route(value = "settings", layout = MainLayout.class)
@PageTitle("Settings · Touchbase")
@PermitAll
public class SettingsView extends VerticalLayout {

    final TextField displayName = new TextField("Your name");
    final ComboBox<String> zone = new ComboBox<>("Time zone");
    final ComboBox<CadencePreset> defaultCadence = new ComboBox<>("New contacts start with");
    final Button save = new Button("Save");
    final Paragraph feedStatus = new Paragraph();
    final Button openFeed = new Button();
    final Button closeFeed = new Button("Revoke the calendar link");
    final TextArea feedLink = new TextArea("Calendar link");
    final Button copyFeedLink = new Button("Copy");
    final Anchor backup = new Anchor("export/backup.jsonl", "Download a backup");
    final Checkbox remindersOn = new Checkbox("Send me reminder mails");
    public final EmailField email = new EmailField("Send them to");
    public final TimePicker sendAt = new TimePicker("At");
    public final Select<Optional<DayOfWeek>> digestDay = new Select<>();
    public final Button saveReminders = new Button("Save reminder settings");
    public final IntegerField budget = new IntegerField("People a week");
    public final Button saveBudget = new Button("Save budget");
    public final Paragraph capacity = new Paragraph();
    final UnorderedList capacityFixes = new UnorderedList();
    public final ReminderAddressNotice noAddress = new ReminderAddressNotice();
    final UnorderedList imports = new UnorderedList();
    final PasswordField currentPassword = new PasswordField("Current password");
    final Button deleteAccount = new Button("Delete my account…");
    final PasswordField newPassword = new PasswordField("New password");
    final PasswordField repeatPassword = new PasswordField("New password again");
    final Button changePassword = new Button("Change password");
    /** Answers whether the text reached the clipboard; if not, selects it in the field for the person to copy. */
    static final String COPY_TO_CLIPBOARD = """
            const select = () => { const input = $1.inputElement; if (input) { input.focus(); input.select(); } return false; };
            if (!navigator.clipboard || !window.isSecureContext) { return select(); }
            return navigator.clipboard.writeText($0).then(() => true, select);""";
    private final Backend backend;
    private final CurrentAccount account;
    private final SignedInSessions sessions;

    public SettingsView(Backend backend, CurrentAccount account, SignedInSessions sessions) {
        this.backend = backend;
        this.account = account;
        this.sessions = sessions;
        setMaxWidth("40rem");
        AccountSettings settings = account.settings();
        zone.setItems(Formats.zoneIds(settings.zone()));
        defaultCadence.setItems(CadencePreset.values());
        defaultCadence.setItemLabelGenerator(CadencePreset::label);
        defaultCadence.setPlaceholder("No cadence");
        defaultCadence.setClearButtonVisible(true);
        displayName.setValue(settings.displayName());
        zone.setValue(settings.zone().getId());
        defaultCadence.setValue(Arrays.stream(CadencePreset.values())
                .filter(preset -> preset.every().equals(settings.defaultCadence())).findFirst().orElse(null));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        feedLink.setReadOnly(true);
        feedLink.setWidthFull();
        feedLink.setVisible(false);
        feedLink.setHelperText("Subscribe to this link in your calendar app. It is shown only now: keep it secret.");
        copyFeedLink.setVisible(false);
        copyFeedLink.addClickListener(click -> copyFeedLink());
        openFeed.addClickListener(click -> openFeed());
        closeFeed.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        closeFeed.addClickListener(click -> closeFeed());
        showReminderPreferences();
        showBudget();
        newPassword.setHelperText(RegisterView.PASSWORD_ADVICE);
        changePassword.addClickListener(click -> changePassword());
        add(new H2("Settings"), new FormLayout(displayName, zone, defaultCadence), save,
                new H3("Reminders"), noAddress,
                new Paragraph("A mail on the day someone falls due, before their important dates and when a promise is due, "
                        + "sent at your hour in your time zone; and a weekly digest."),
                remindersOn, new FormLayout(email, sendAt, digestDay), saveReminders,
                new H3("Weekly plan"),
                new Paragraph("How many people you mean to get in touch with each week. The Due page plans that many, "
                        + "the most urgent first, and spreads the rest over the coming weeks."),
                budget, saveBudget, capacity, capacityFixes,
                new H3("Password"), new FormLayout(currentPassword, newPassword, repeatPassword), changePassword,
                new H3("Calendar"), feedStatus, new HorizontalLayout(openFeed, closeFeed), feedLink, copyFeedLink,
                new H3("Imports"), imports,
                new H3("Backup"), new Paragraph("Everything you recorded, as it happened: a file that restores into a new Touchbase."),
                backup,
                new H3("Delete the account"), new Paragraph("Erases everything in this account for good and signs you out."),
                deleteAccount);
        deleteAccount.addThemeVariants(ButtonVariant.LUMO_ERROR);
        deleteAccount.addClickListener(click -> new DeleteAccountDialog(backend, account.owner(), this::signOutEverywhere).open());
        backup.setRouterIgnore(true);
        backup.getElement().setAttribute("download", true);
        showImports();
        showFeedStatus(backend.query(new FetchCalendarFeedStatus(account.owner()), CalendarFeedStatus.class).open());
    }

    private void showReminderPreferences() {
        ReminderPreferences preferences = backend.find(new FetchReminderPreferences(account.owner()), ReminderPreferences.class)
                .orElse(ReminderPreferences.defaults(account.owner(), ZoneId.systemDefault()));
        noAddress.showFor(backend, account.owner());
        remindersOn.setValue(preferences.remindersOn());
        email.setValue(preferences.email() == null ? "" : preferences.email());
        email.setPlaceholder("you@example.com");
        sendAt.setStep(Duration.ofMinutes(15));
        sendAt.setValue(preferences.sendAt());
        sendAt.setHelperText("In your time zone");
        digestDay.setLabel("Weekly digest on");
        List<Optional<DayOfWeek>> days = new ArrayList<>();
        days.add(Optional.empty());
        Arrays.stream(DayOfWeek.values()).map(Optional::of).forEach(days::add);
        digestDay.setItems(days);
        digestDay.setItemLabelGenerator(day -> day.map(d -> d.getDisplayName(TextStyle.FULL, Locale.ENGLISH)).orElse("No digest"));
        digestDay.setValue(Optional.ofNullable(preferences.digestDay()));
        saveReminders.addClickListener(click -> saveReminders());
    }

    private void showBudget() {
        budget.setMin(WeeklyBudget.MIN);
        budget.setMax(WeeklyBudget.MAX);
        budget.setStepButtonsVisible(true);
        budget.setHelperText(WeeklyBudget.MIN + " to " + WeeklyBudget.MAX + "; a week starts on your digest day");
        budget.setValue(backend.query(new FetchWeeklyBudget(account.owner()), WeeklyBudget.class).peoplePerWeek());
        saveBudget.addClickListener(click -> saveBudget());
        capacity.setId("capacity");
        showCapacity(backend.query(new CheckCapacity(account.owner()), Capacity.class));
        // the sentence follows the field, so the owner sees what a budget would mean before saving it
        budget.addValueChangeListener(change -> {
            Integer chosen = change.getValue();
            if (chosen != null && chosen >= WeeklyBudget.MIN && chosen <= WeeklyBudget.MAX) {
                showCapacity(backend.query(new CheckCapacity(account.owner(), chosen), Capacity.class));
            }
        });
    }

    void showCapacity(Capacity check) {
        capacity.setText(check.message());
        capacityFixes.removeAll();
        check.fixes().forEach(fix -> capacityFixes.add(new ListItem(fix)));
        capacityFixes.setVisible(!check.fixes().isEmpty());
    }

    void saveBudget() {
        Map<String, HasValidation> budgetFields = Map.of("peoplePerWeek", budget);
        Feedback.clear(budgetFields);
        if (budget.getValue() == null) {
            Feedback.invalid(budget, "Enter how many people a week, " + WeeklyBudget.MIN + " to " + WeeklyBudget.MAX + ".");
            return;
        }
        Feedback.send(backend, new SetWeeklyBudget(account.owner(), budget.getValue()),
                "Weekly budget saved: " + budget.getValue() + " a week", budgetFields);
    }

    void saveReminders() {
        Map<String, HasValidation> reminderFields = Map.of("email", email, "sendAt", sendAt);
        Feedback.clear(reminderFields);
        if (sendAt.getValue() == null) {
            Feedback.invalid(sendAt, "Pick the time reminders are sent at.");
            return;
        }
        if (Feedback.send(backend, new ChangeReminderPreferences(account.owner(), email.getValue(), sendAt.getValue(),
                digestDay.getValue() == null ? null : digestDay.getValue().orElse(null), remindersOn.getValue()),
                "Reminder settings saved", reminderFields)) {
            noAddress.showFor(remindersOn.getValue(), email.getValue());
        }
    }

    void changePassword() {
        Map<String, HasValidation> passwordFields = Map.of("currentPassword", currentPassword, "newPassword", newPassword);
        Feedback.clear(passwordFields);
        repeatPassword.setInvalid(false);
        if (!newPassword.getValue().equals(repeatPassword.getValue())) {
            Feedback.invalid(repeatPassword, "The two new passwords differ.");
            return;
        }
        if (Feedback.send(backend, new ChangePassword(account.owner(), currentPassword.getValue(), newPassword.getValue()),
                "Password changed: every other browser is signed out", passwordFields)) {
            endOtherSessions();
            currentPassword.clear();
            newPassword.clear();
            repeatPassword.clear();
        }
    }

    void showImports() {
        imports.removeAll();
        List<ImportSummary> all = backend.query(new ListImports(account.owner()), Imports.class).imports();
        all.forEach(summary -> {
            Span text = new Span(summary.fileName() + " · " + summary.total() + (summary.total() == 1 ? " contact" : " contacts")
                    + " · " + summary.state().label() + " · " + Formats.day(summary.startedAt(), account.settings().zone()) + " ");
            ListItem item = new ListItem(text);
            if (summary.state() == ImportState.DONE) {
                Button undo = new Button("Undo", click -> undoImport(summary));
                undo.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                item.add(undo);
            }
            imports.add(item);
        });
        if (all.isEmpty()) {
            imports.add(new ListItem("No imports yet: Contacts → Import takes LinkedIn, Google Contacts and vCard files."));
        }
    }

    private void undoImport(ImportSummary summary) {
        if (Feedback.send(backend, new UndoImport(summary.importId(), account.owner()),
                "Undoing the import of " + summary.fileName() + ": its contacts are being archived")) {
            showImports();
        }
    }

    void openFeed() {
        Optional<String> opened = Feedback.answer(backend, new OpenCalendarFeed(account.owner()), Map.of());
        if (opened.isEmpty()) {
            return;
        }
        String token = opened.get();
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        String base = request == null ? "" : ServletUriComponentsBuilder.fromContextPath(request.getHttpServletRequest()).toUriString();
        feedLink.setValue(base + "/calendar/" + token + ".ics");
        feedLink.setVisible(true);
        copyFeedLink.setVisible(true);
        showFeedStatus(true);
        Feedback.saved("Calendar link created");
    }

    void closeFeed() {
        if (!Feedback.send(backend, new CloseCalendarFeed(account.owner()), "Calendar link revoked")) {
            return;
        }
        feedLink.clear();
        feedLink.setVisible(false);
        copyFeedLink.setVisible(false);
        showFeedStatus(false);
    }

    /** Through the browser's clipboard; where it refuses (no secure context), the link is selected for Ctrl+C instead. */
    void copyFeedLink() {
        copyFeedLink.getElement().executeJs(COPY_TO_CLIPBOARD, feedLink.getValue(), feedLink.getElement())
                .then(Boolean.class, copied -> {
                    if (Boolean.TRUE.equals(copied)) {
                        Feedback.saved("Calendar link copied");
                    } else {
                        Feedback.saved("The link is selected: press Ctrl+C (⌘C on a Mac) to copy it");
                    }
                });
    }

    private void showFeedStatus(boolean open) {
        feedStatus.setText(open
                ? "Your next touches are in a calendar link. A new link replaces the old one; revoking it stops the feed."
                : "Put your next touches in your calendar (Google, Apple, Outlook…), each with a reminder at 9:00.");
        openFeed.setText(open ? "Replace the calendar link" : "Create a calendar link");
        closeFeed.setVisible(open);
    }

    void save() {
        Feedback.clear(fields());
        if (zone.getValue() == null) {
            Feedback.invalid(zone, "Pick your time zone.");
            return;
        }
        Feedback.send(backend, new ChangeAccountSettings(account.owner(), displayName.getValue(), ZoneId.of(zone.getValue()),
                defaultCadence.getValue() == null ? null : defaultCadence.getValue().every()), "Settings saved", fields());
    }

    private Map<String, HasValidation> fields() {
        return Map.of("displayName", displayName, "zone", zone, "defaultCadence", defaultCadence);
    }

    private void endOtherSessions() {
        VaadinSession session = VaadinSession.getCurrent();
        sessions.endAllBut(account.owner(), session == null || session.getSession() == null ? "" : session.getSession().getId());
    }

    /** After the account is deleted no browser stays signed in to it. */
    private void signOutEverywhere() {
        endOtherSessions();
        account.signOut();
    }
}
