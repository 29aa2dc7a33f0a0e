package app.touchbase.ui;

import app.touchbase.TouchbaseApplication;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The main journey in a real browser (Debian's Chromium) against the running application:
 * open the first account, sign in, add a contact, set a cadence, log a coffee, and see the next touch move.
 */
@SpringBootTest(classes = TouchbaseApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"touchbase.storage.mode=embedded-memory", "spring.application.name=journey"})
class KeepInTouchJourneyTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final List<String> CHROMIUM_FLAGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage");

    static Playwright playwright;
    static Browser browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() {
        if (!Files.isExecutable(CHROMIUM)) {
            if (System.getenv("CI") != null) {
                fail("CI must install Debian's chromium (see .ci/run)");
            }
            assumeTrue(false, "no Chromium at " + CHROMIUM + ": apt-get install chromium to run the browser journey");
        }
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM).setHeadless(true).setArgs(CHROMIUM_FLAGS));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @Test
    void openAnAccountAddAContactSetACadenceLogACoffeeAndSeeTheNextTouchMove() {
        Page page = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB")).newPage();
        page.setDefaultTimeout(20_000);
        try {
            journey(page);
        } catch (RuntimeException | AssertionError failure) {
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "journey-failure.png")).setFullPage(true));
            throw failure;
        }
    }

    private void journey(Page page) {
        page.navigate("http://localhost:" + port + "/");

        page.getByText("Open the first account").click();
        field(page, "User name").fill("grace");
        field(page, "Your name").fill("Grace Hopper");
        field(page, "Password").fill("a nanosecond is 30 cm");
        field(page, "Password again").fill("a nanosecond is 30 cm");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open account")).click();

        page.locator("vaadin-login-form input[name='username']").fill("grace");
        page.locator("vaadin-login-form input[name='password']").fill("a nanosecond is 30 cm");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
        assertThat(page.locator("#summary")).hasText("Your network is empty. Add the people you want to stay in touch with under Contacts.");

        page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Contacts")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add contact")).click();
        field(page, "Name").fill("Ada Lovelace");
        field(page, "Company").fill("Analytical Engines");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Ada Lovelace"))).isVisible();
        assertThat(page.getByText("No cadence: Touchbase will not remind you about Ada Lovelace.")).isVisible();

        Locator cadence = field(page, "Keep in touch");
        cadence.fill("every 3 months");
        page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText("every 3 months")).click();
        LocalDate today = LocalDate.now(ZoneId.systemDefault());
        assertThat(page.getByText("Next touch " + Formats.day(today.plusMonths(3)) + " · In touch")).isVisible();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log touch")).click();
        LocalDate coffee = today.minusDays(20);
        Locator when = field(page, "When");
        when.fill(coffee.toString());
        when.press("Enter");
        field(page, "Notes").fill("She is writing notes on the engine");
        page.locator("vaadin-dialog-overlay").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save")).click();

        assertThat(page.getByText("Next touch " + Formats.day(coffee.plusMonths(3)) + " · In touch · last touch "
                + Formats.day(coffee))).isVisible();
        assertThat(page.getByText("She is writing notes on the engine").first()).isVisible();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in"))).isVisible();
    }

    private static Locator field(Page page, String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
    }
}
