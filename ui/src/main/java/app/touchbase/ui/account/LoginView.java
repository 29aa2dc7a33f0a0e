package app.touchbase.ui.account;

import app.touchbase.account.api.AccountCount;
import app.touchbase.account.api.CountAccounts;
import app.touchbase.ui.base.Backend;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.security.web.WebAttributes;

/** Sign in; on a new installation, the way to open the first account. */
@Route("login")
@PageTitle("Sign in · Touchbase")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    /** Where the sign-in form posts the user name and password (Spring Security's form login). */
    static final String SIGN_IN_ACTION = "login";

    public final LoginForm login = new LoginForm();
    final Paragraph firstRun = new Paragraph("Touchbase has no account yet. ");
    public final Paragraph newHere = new Paragraph("New here? ");
    private final Backend backend;

    public LoginView(Backend backend) {
        this.backend = backend;
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        login.setAction(SIGN_IN_ACTION);
        login.setForgotPasswordButtonVisible(false);
        firstRun.add(new RouterLink("Open the first account", RegisterView.class));
        newHere.add(new RouterLink("Open an account", RegisterView.class));
        add(new H1("Touchbase"), firstRun, login, newHere);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        AccountCount count = backend.query(new CountAccounts(), AccountCount.class);
        boolean noAccounts = count.accounts() == 0;
        firstRun.setVisible(noAccounts);
        login.setVisible(!noAccounts);
        newHere.setVisible(!noAccounts && count.registrationOpen());
        boolean failed = event.getLocation().getQueryParameters().getParameters().containsKey("error");
        login.setI18n(messages(failed ? lastFailure() : null));
        login.setError(failed);
    }

    /** Spring Security keeps why the last sign-in failed in the session; a throttled one says how long to wait. */
    private static Object lastFailure() {
        WrappedSession session = VaadinSession.getCurrent() == null ? null : VaadinSession.getCurrent().getSession();
        return session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }

    private static LoginI18n messages(Object failure) {
        LoginI18n messages = LoginI18n.createDefault();
        if (failure instanceof SignInThrottledException throttled) {
            messages.getErrorMessage().setTitle("Sign-in paused");
            messages.getErrorMessage().setMessage(throttled.advice());
        } else {
            messages.getErrorMessage().setTitle("Wrong user name or password");
            messages.getErrorMessage().setMessage("Check both and try again.");
        }
        return messages;
    }
}
