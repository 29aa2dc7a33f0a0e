package app.touchbase.ui;

import app.touchbase.account.api.AccountCount;
import app.touchbase.account.api.CountAccounts;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Sign in; on a new installation, the way to open the first account. */
@Route("login")
@PageTitle("Sign in · Touchbase")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    final LoginForm login = new LoginForm();
    final Paragraph firstRun = new Paragraph("Touchbase has no account yet. ");
    private final Backend backend;

    public LoginView(Backend backend) {
        this.backend = backend;
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        firstRun.add(new RouterLink("Open the first account", RegisterView.class));
        add(new H1("Touchbase"), firstRun, login);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean noAccounts = backend.query(new CountAccounts(), AccountCount.class).accounts() == 0;
        firstRun.setVisible(noAccounts);
        login.setVisible(!noAccounts);
        login.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }
}
