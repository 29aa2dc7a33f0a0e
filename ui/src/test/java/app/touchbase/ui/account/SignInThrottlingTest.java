package app.touchbase.ui.account;

import app.touchbase.ui.KaribuTest;
import app.touchbase.ui.MovableClock;
import app.touchbase.ui.ServerTest;
import app.touchbase.ui.TestAccounts;
import app.touchbase.ui.WebClient;
import app.touchbase.ui.base.Backend;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.web.WebAttributes;

import java.time.Duration;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Guessing passwords over HTTP: a few failures pause sign-in for the account or the address, and time lifts the pause. */
@ServerTest
@ExtendWith(OutputCaptureExtension.class)
class SignInThrottlingTest {

    static final String PASSWORD = TestAccounts.PASSWORD;

    @LocalServerPort
    int port;
    @Autowired
    Backend backend;
    @Autowired
    MovableClock clock;
    @Autowired
    ApplicationContext context;

    String account() {
        return TestAccounts.open(backend, "guess-", "Guess");
    }

    WebClient browserAt(String address) {
        return new WebClient(port, address);
    }

    static String randomAddress() {
        return "203.0." + (int) (Math.random() * 250) + "." + (1 + (int) (Math.random() * 250));
    }

    @Test
    void wrongPasswordsPauseTheAccountEvenForTheRightPasswordUntilTheirTimeHasPassed() throws Exception {
        String account = account();
        for (int attempt = 0; attempt < SignInThrottle.ACCOUNT_FAILURES; attempt++) {
            assertThat(browserAt(randomAddress()).signIn(account, "guess " + attempt)).endsWith("/login?error");
        }
        assertThat(browserAt(randomAddress()).signIn(account, PASSWORD)).as("paused, whatever the address").endsWith("/login?error");

        clock.advance(SignInThrottle.REFILL_PERIOD.dividedBy(SignInThrottle.ACCOUNT_FAILURES));
        assertThat(browserAt(randomAddress()).signIn(account, PASSWORD)).doesNotContain("error");
    }

    @Test
    void oneAddressTryingManyAccountsIsPausedForEveryAccount() throws Exception {
        String account = account();
        String address = randomAddress();
        for (int attempt = 0; attempt < SignInThrottle.ADDRESS_FAILURES; attempt++) {
            assertThat(browserAt(address).signIn("nobody-" + attempt, "guess")).endsWith("/login?error");
        }
        assertThat(browserAt(address).signIn(account, PASSWORD)).endsWith("/login?error");
        assertThat(browserAt(randomAddress()).signIn(account, PASSWORD)).as("other addresses go on").doesNotContain("error");

        clock.advance(SignInThrottle.REFILL_PERIOD);
        assertThat(browserAt(address).signIn(account, PASSWORD)).doesNotContain("error");
    }

    @Test
    void theSignInPageSaysHowLongToWait() {
        KaribuTest.startVaadin(context);
        try {
            VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                    new SignInThrottledException(Duration.ofSeconds(150)));
            UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
            LoginView page = _get(LoginView.class);
            assertThat(page.login.isError()).isTrue();
            assertThat(page.login.getElement().getPropertyRaw("i18n").toString()).contains("Too many failed attempts. Wait 3 minutes, then try again.");

            VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, new BadCredentialsException("wrong"));
            UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
            assertThat(_get(LoginView.class).login.getElement().getPropertyRaw("i18n").toString()).contains("Wrong user name or password");
        } finally {
            MockVaadin.tearDown();
        }
    }

    @Test
    void aFailedSignInIsLoggedWithTheAddressButNeitherUserNameNorPassword(CapturedOutput log) throws Exception {
        String account = account();
        browserAt("198.51.100.7").signIn(account, "my secret guess");
        await().until(() -> log.getAll().contains("Failed sign-in for an account from 198.51.100.7"));
        assertThat(log.getAll()).doesNotContain(account).doesNotContain("my secret guess");
    }
}
