package app.touchbase.ui.account;

import app.touchbase.account.api.ChangePassword;
import app.touchbase.account.api.FindLoginAccount;
import app.touchbase.account.api.LoginAccount;
import app.touchbase.account.api.UpgradePasswordHash;
import app.touchbase.ui.ServerTest;
import app.touchbase.ui.TestAccounts;
import app.touchbase.ui.WebClient;
import app.touchbase.ui.base.Backend;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;


import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Passwords as browsers meet them: old hashes grow stronger at sign-in, a changed password signs the other browsers out. */
@ServerTest
class PasswordsOverHttpTest {

    static final String PASSWORD = TestAccounts.PASSWORD;

    @LocalServerPort
    int port;
    @Autowired
    Backend backend;
    @Autowired
    SignedInSessions sessions;

    String account() {
        return TestAccounts.open(backend, "pw-", "Pat");
    }

    @Test
    void aHashOfLowerCostIsReplacedByACost12HashAtSignIn() throws Exception {
        String account = account();
        String cost10 = new BCryptPasswordEncoder(10).encode(PASSWORD);
        backend.send(new UpgradePasswordHash(account, cost10));
        await().until(() -> backend.find(new FindLoginAccount(account), LoginAccount.class).orElseThrow().passwordHash().equals(cost10));

        assertThat(new WebClient(port, "192.0.2.10").signIn(account, PASSWORD)).doesNotContain("error");
        await().untilAsserted(() -> assertThat(backend.find(new FindLoginAccount(account), LoginAccount.class).orElseThrow().passwordHash())
                .startsWith("$2a$12$"));
        assertThat(new WebClient(port, "192.0.2.10").signIn(account, PASSWORD)).as("the new hash still signs in").doesNotContain("error");
    }

    @Test
    void aPasswordLongerThanBcryptReadsIsAWrongPasswordNotAnError() throws Exception {
        String account = account();
        WebClient browser = new WebClient(port, "192.0.2.13");
        assertThat(browser.signIn(account, PASSWORD + " and then some more words until it is past seventy-two bytes"))
                .endsWith("/login?error");
        assertThat(browser.signIn(account, PASSWORD)).doesNotContain("error");
    }

    @Test
    void changingThePasswordSignsOutEveryOtherBrowser() throws Exception {
        String account = account();
        WebClient laptop = new WebClient(port, "192.0.2.11");
        WebClient phone = new WebClient(port, "192.0.2.12");
        assertThat(laptop.signIn(account, PASSWORD)).doesNotContain("error");
        assertThat(phone.signIn(account, PASSWORD)).doesNotContain("error");
        assertThat(phone.get("/export/contacts.csv").statusCode()).isEqualTo(200);

        backend.send(new ChangePassword(account, PASSWORD, "a brand new passphrase"));
        sessions.endAllBut(account, laptop.cookie("JSESSIONID"));

        assertThat(laptop.get("/export/contacts.csv").statusCode()).isEqualTo(200);
        assertThat(phone.get("/export/contacts.csv").headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login"));
    }
}
