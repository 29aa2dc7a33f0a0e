package app.touchbase.ui.account;

import app.touchbase.TouchbaseApplication;
import app.touchbase.account.api.FindLoginAccount;
import app.touchbase.account.api.LoginAccount;
import app.touchbase.account.api.RegisterAccount;
import app.touchbase.shared.api.CommandRejectedException;
import app.touchbase.ui.KaribuTest;
import app.touchbase.ui.base.Backend;
import app.touchbase.ui.due.DueView;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** A brand-new installation (its own empty database): the first account is opened from the sign-in page. */
@SpringBootTest(classes = TouchbaseApplication.class,
        properties = {"touchbase.storage.mode=embedded-memory", "spring.application.name=first-run"})
class FirstRunTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    Backend backend;
    @Autowired
    PasswordEncoder passwords;

    @BeforeEach
    void startVaadin() {
        KaribuTest.startVaadin(context);
    }

    @AfterEach
    void stopVaadin() {
        MockVaadin.tearDown();
    }

    @Test
    void theFirstAccountIsOpenedFromTheSignInPageAndThenRegistrationCloses() {
        UI.getCurrent().navigate(LoginView.class);
        LoginView login = _get(LoginView.class);
        assertThat(login.firstRun.isVisible()).isTrue();
        assertThat(login.login.isVisible()).isFalse();

        UI.getCurrent().navigate(RegisterView.class);
        RegisterView register = _get(RegisterView.class);
        _setValue(register.username, "Grace");
        _setValue(register.displayName, "Grace Hopper");
        _setValue(register.password, "a nanosecond is 30 cm");
        _setValue(register.repeat, "a nanosecond is 29 cm");
        _click(register.open);
        assertThat(register.repeat.isInvalid()).isTrue();
        assertThat(register.repeat.getErrorMessage()).isEqualTo("The two passwords differ.");

        _setValue(register.repeat, "a nanosecond is 30 cm");
        _setValue(register.password, "short");
        _setValue(register.repeat, "short");
        _click(register.open);
        assertThat(register.password.isInvalid()).isTrue();
        assertThat(register.password.getErrorMessage()).contains("at least 12 characters");

        _setValue(register.password, "a nanosecond is 30 cm");
        _setValue(register.repeat, "a nanosecond is 30 cm");
        _click(register.open);

        // the page waits for the account on the browser's polls, never in a sleeping thread, then signs the person in
        // as the sign-in form does: the browser posts the user name and password to the sign-in address
        List<PendingJavaScriptInvocation> sent = new ArrayList<>();
        await().pollInSameThread().untilAsserted(() -> {
            ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));
            UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                    .filter(invocation -> invocation.getInvocation().getExpression().equals(RegisterView.SIGN_IN))
                    .forEach(sent::add);
            assertThat(sent).isNotEmpty();
        });
        assertThat(sent.get(0).getInvocation().getParameters()).containsExactly(LoginView.SIGN_IN_ACTION, "grace", "a nanosecond is 30 cm");
        assertThat(UI.getCurrent().getPollInterval()).as("no more polling once there").isEqualTo(-1);

        UI.getCurrent().navigate(LoginView.class);
        LoginView afterwards = _get(LoginView.class);
        assertThat(afterwards.login.isVisible()).isTrue();
        assertThat(afterwards.firstRun.isVisible()).isFalse();
        assertThat(afterwards.newHere.isVisible()).as("registration is closed: no offer to open another account").isFalse();
        assertThat(backend.find(new FindLoginAccount("grace"), LoginAccount.class))
                .hasValueSatisfying(account -> assertThat(passwords.matches("a nanosecond is 30 cm", account.passwordHash())).isTrue());

        UI.getCurrent().navigate(RegisterView.class);
        RegisterView closed = _get(RegisterView.class);
        assertThat(closed.closed.isVisible()).isTrue();
        assertThat(closed.form.isVisible()).isFalse();
        assertThatThrownBy(() -> backend.send(new RegisterAccount("mallory", "Mallory", "a long test password", ZoneId.of("UTC"))))
                .as("closed not only in the view").isInstanceOf(CommandRejectedException.class);
    }

    @Test
    void aSignedOutVisitorIsSentToSignIn() {
        UI.getCurrent().navigate(DueView.class);
        assertThat(_get(LoginView.class)).isNotNull();
    }
}
