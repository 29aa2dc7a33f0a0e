package app.touchbase.ui.account;

import app.touchbase.account.api.AccountCount;
import app.touchbase.account.api.CountAccounts;
import app.touchbase.account.api.FindLoginAccount;
import app.touchbase.account.api.LoginAccount;
import app.touchbase.account.api.RegisterAccount;
import app.touchbase.ui.base.Backend;
import app.touchbase.ui.base.Feedback;
import app.touchbase.ui.base.Formats;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.shared.Registration;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;

/**
 * Opens an account: the first one on a new installation, or any when {@code touchbase.accounts.open-registration}
 * is on. Everyone else asks the person who runs this Touchbase.
 */
@Route("welcome")
@PageTitle("Open an account · Touchbase")
@AnonymousAllowed
public class RegisterView extends VerticalLayout implements BeforeEnterObserver {

    static final Duration READY_WITHIN = Duration.ofSeconds(10);
    static final Duration READY_POLL = Duration.ofMillis(250);
    /** What the sign-in form does: post the user name, the password and Spring's CSRF token from the page's meta tags. */
    static final String SIGN_IN = "const form = document.createElement('form'); form.method = 'POST'; form.action = $0;"
            + " const add = (name, value) => { const field = document.createElement('input'); field.type = 'hidden';"
            + " field.name = name; field.value = value; form.appendChild(field); };"
            + " add('username', $1); add('password', $2);"
            + " const parameter = document.querySelector('meta[name=_csrf_parameter]');"
            + " const token = document.querySelector('meta[name=_csrf]');"
            + " if (parameter && token) { add(parameter.content, token.content); }"
            + " document.body.appendChild(form); form.submit();";
    public static final String PASSWORD_ADVICE = "At least " + RegisterAccount.MIN_PASSWORD
            + " characters, not a common password: a few words make a good one";

    final TextField username = new TextField("User name");
    final TextField displayName = new TextField("Your name");
    final PasswordField password = new PasswordField("Password");
    final PasswordField repeat = new PasswordField("Password again");
    final ComboBox<String> zone = new ComboBox<>("Time zone");
    final Button open = new Button("Open account");
    final FormLayout form = new FormLayout(username, displayName, password, repeat, zone);
    final Paragraph closed = new Paragraph("This Touchbase already has its accounts. Ask the person who runs it to open one for you. ");

    private final Backend backend;
    private Registration waiting;

    public RegisterView(Backend backend) {
        this.backend = backend;
        setMaxWidth("40rem");
        username.setRequired(true);
        username.setHelperText("How you sign in: letters, digits, dots, dashes");
        displayName.setRequired(true);
        password.setRequired(true);
        password.setHelperText(PASSWORD_ADVICE);
        zone.setItems(Formats.zoneIds(ZoneId.systemDefault()));
        zone.setValue(ZoneId.systemDefault().getId());
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.addClickListener(click -> openAccount());
        closed.add(new RouterLink("Sign in", LoginView.class));
        add(new H1("Open your Touchbase account"), form, open, closed);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean allowed = backend.query(new CountAccounts(), AccountCount.class).canOpenAnAccount();
        form.setVisible(allowed);
        open.setVisible(allowed);
        closed.setVisible(!allowed);
        event.getUI().getPage().retrieveExtendedClientDetails(details -> {
            if (details.getTimeZoneId() != null && ZoneId.getAvailableZoneIds().contains(details.getTimeZoneId())) {
                zone.setValue(details.getTimeZoneId());
            }
        });
    }

    void openAccount() {
        fields().values().forEach(field -> field.setInvalid(false));
        if (!password.getValue().equals(repeat.getValue())) {
            repeat.setErrorMessage("The two passwords differ.");
            repeat.setInvalid(true);
            return;
        }
        if (zone.getValue() == null) {
            zone.setErrorMessage("Pick your time zone.");
            zone.setInvalid(true);
            return;
        }
        String chosenPassword = password.getValue();
        Feedback.<String>answer(backend, new RegisterAccount(username.getValue(), displayName.getValue(), chosenPassword,
                ZoneId.of(zone.getValue())), fields()).ifPresent(accountId -> signInWhenReady(accountId, chosenPassword));
    }

    /**
     * Sign-in reads a read model that follows the events a moment later: the page asks again on the browser's next
     * polls (no thread waits) and signs the person in once the account is there, or after {@link #READY_WITHIN} sends
     * them to the sign-in page.
     */
    private void signInWhenReady(String accountId, String chosenPassword) {
        open.setEnabled(false);
        UI ui = UI.getCurrent();
        long deadline = System.nanoTime() + READY_WITHIN.toNanos();
        Runnable goIfReady = () -> {
            boolean ready = backend.find(new FindLoginAccount(accountId), LoginAccount.class).isPresent();
            if (ready) {
                stopWaiting(ui);
                signIn(ui, accountId, chosenPassword);
            } else if (System.nanoTime() > deadline) {
                stopWaiting(ui);
                Feedback.saved("Your account is open: sign in.");
                ui.navigate(LoginView.class);
            }
        };
        waiting = ui.addPollListener(poll -> goIfReady.run());
        ui.setPollInterval((int) READY_POLL.toMillis());
        goIfReady.run();
    }

    /**
     * Signs the new account in the way the sign-in page does: the browser posts the user name and password to the
     * sign-in address, so the usual checks, throttling and a fresh session apply, and lands on the Due page.
     */
    private static void signIn(UI ui, String accountId, String chosenPassword) {
        ui.getPage().executeJs(SIGN_IN, LoginView.SIGN_IN_ACTION, accountId, chosenPassword);
    }

    private void stopWaiting(UI ui) {
        if (waiting != null) {
            waiting.remove();
            waiting = null;
            ui.setPollInterval(-1);
        }
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        stopWaiting(detach.getUI());
    }

    private Map<String, HasValidation> fields() {
        return Map.of("username", username, "displayName", displayName, "password", password, "zone", zone);
    }
}
