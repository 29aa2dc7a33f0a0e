package app.touchbase.ui.account;

import app.touchbase.account.api.FindLoginAccount;
import app.touchbase.account.api.LoginAccount;
import app.touchbase.account.api.RegisterAccount;
import app.touchbase.ui.ServerTest;
import app.touchbase.ui.WebClient;
import app.touchbase.ui.base.Backend;
import app.touchbase.ui.base.ResponseHeaders;
import com.vaadin.flow.router.Route;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

import java.net.http.HttpResponse;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** What every response tells the browser, the session cookie, and the sign-in form's protection against other sites. */
@ServerTest
class WebSecurityTest {

    static final String PASSWORD = "a long test password";

    @LocalServerPort
    int port;
    @Autowired
    Backend backend;

    String account() {
        String account = backend.send(new RegisterAccount("web-" + UUID.randomUUID().toString().substring(0, 8), "Web",
                PASSWORD, ZoneId.of("Europe/Paris")));
        await().until(() -> backend.find(new FindLoginAccount(account), LoginAccount.class).isPresent());
        return account;
    }

    /** Every route of the UI, its parameters filled in, and the paths served outside Vaadin. */
    static List<String> everyPath() throws Exception {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        List<String> paths = new ArrayList<>();
        for (BeanDefinition view : scanner.findCandidateComponents("app.touchbase.ui")) {
            String route = Class.forName(view.getBeanClassName()).getAnnotation(Route.class).value();
            paths.add("/" + route.replaceAll(":[A-Za-z]+", UUID.randomUUID().toString()));
        }
        assertThat(paths).as("every view found").hasSizeGreaterThanOrEqualTo(8).contains("/login", "/settings");
        paths.addAll(List.of("/calendar/" + UUID.randomUUID() + ".ics", "/export/contacts.csv", "/export/backup.jsonl"));
        return paths;
    }

    @Test
    void everyPageAndFileCarriesTheSecurityHeadersSignedOutAndSignedIn() throws Exception {
        WebClient signedOut = new WebClient(port, "192.0.2.30");
        WebClient signedIn = new WebClient(port, "192.0.2.31");
        assertThat(signedIn.signIn(account(), PASSWORD)).doesNotContain("error");
        for (WebClient browser : List.of(signedOut, signedIn)) {
            for (String path : everyPath()) {
                HttpResponse<String> response = browser.get(path);
                assertThat(response.headers().firstValue("Content-Security-Policy")).as(path)
                        .hasValue(ResponseHeaders.CONTENT_SECURITY_POLICY);
                assertThat(ResponseHeaders.CONTENT_SECURITY_POLICY).contains("frame-ancestors 'none'");
                assertThat(response.headers().firstValue("Referrer-Policy")).as(path).hasValue("no-referrer");
                assertThat(response.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
                assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
                assertThat(response.headers().firstValue("Strict-Transport-Security")).as("plain http: " + path).isEmpty();
            }
        }
    }

    @Test
    void behindAnHttpsProxyResponsesAskForHttpsAndTheSessionCookieIsSecure() throws Exception {
        WebClient browser = new WebClient(port, "192.0.2.32", "https");
        for (String path : List.of("/login", "/act/" + UUID.randomUUID(), "/calendar/" + UUID.randomUUID() + ".ics")) {
            assertThat(browser.get(path).headers().firstValue("Strict-Transport-Security")).as(path).hasValue("max-age=31536000");
        }
        String account = account();
        HttpResponse<String> signIn = browser.post("/login", Map.of("username", account, "password", PASSWORD,
                "_csrf", browser.csrfToken()));
        assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).startsWith("https://"));
        assertThat(signIn.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").contains("Secure").contains("HttpOnly").contains("SameSite=Lax"));
    }

    @Test
    void theSessionCookieIsSentOnlyWithinTheSite() throws Exception {
        HttpResponse<String> page = new WebClient(port, "192.0.2.33").get("/login");
        assertThat(page.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure"));
    }

    @Test
    void aSignInFormPostedWithoutTheTokenOfTheSignInPageSignsNobodyIn() throws Exception {
        String account = account();
        WebClient victim = new WebClient(port, "192.0.2.34");
        HttpResponse<String> forged = victim.post("/login", Map.of("username", account, "password", PASSWORD));
        assertThat(forged.statusCode()).as("refused, or sent to sign in").isIn(302, 403);
        assertThat(forged.headers().firstValue("Location").orElse("/login")).endsWith("/login").doesNotContainIgnoringCase("jsessionid");
        assertThat(victim.get("/export/contacts.csv").statusCode()).as("still signed out").isEqualTo(302);

        assertThat(victim.signIn(account, PASSWORD)).doesNotContain("error");
        assertThat(victim.get("/export/contacts.csv").statusCode()).isEqualTo(200);
    }
}
