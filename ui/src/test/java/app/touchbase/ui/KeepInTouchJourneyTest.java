package app.touchbase.ui;

import app.touchbase.TouchbaseApplication;
import app.touchbase.account.api.FindLoginAccount;
import app.touchbase.account.api.LoginAccount;
import app.touchbase.account.api.RegisterAccount;
import app.touchbase.cadence.api.SetCadence;
import app.touchbase.contact.api.AddContact;
import app.touchbase.contact.api.ContactDetails;
import app.touchbase.contact.api.ContactPage;
import app.touchbase.contact.api.ListAllContacts;
import app.touchbase.interaction.api.Direction;
import app.touchbase.interaction.api.InteractionType;
import app.touchbase.interaction.api.LogInteraction;
import app.touchbase.nexttouch.api.FetchNextTouch;
import app.touchbase.nexttouch.api.NextTouch;
import app.touchbase.plan.api.FetchWeeklyBudget;
import app.touchbase.plan.api.WeeklyBudget;
import app.touchbase.reminder.api.ListOutbox;
import app.touchbase.reminder.api.MailStatus;
import app.touchbase.reminder.api.Outbox;
import app.touchbase.reminder.api.OutboxMail;
import app.touchbase.ui.base.Backend;
import app.touchbase.ui.base.Formats;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The main journey in a real browser (Debian's Chromium) against the running application:
 * open the first account from the sign-in page (which signs you in), add a contact, set a cadence, log a coffee, and see the next touch move; then
 * import a LinkedIn file and follow the "I got in touch" button of a reminder mail without signing in.
 */
@SpringBootTest(classes = TouchbaseApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"touchbase.storage.mode=embedded-memory", "spring.application.name=journey",
                "touchbase.accounts.open-registration=true",
                "touchbase.mail.dispatch-interval=200ms", "touchbase.scheduling.poll-interval=5s"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KeepInTouchJourneyTest {

    static Playwright playwright;
    static Browser browser;

    @LocalServerPort
    int port;
    @Autowired
    Backend backend;

    @BeforeAll
    static void startBrowser() {
        Chromium.requireIt();
        playwright = Playwright.create();
        browser = Chromium.launch(playwright);
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
    @Order(1)
    void openAnAccountAddAContactSetACadenceLogACoffeeAndSeeTheNextTouchMove() {
        inBrowser("journey", this::journey);
    }

    @Test
    @Order(2)
    void importALinkedInFileAndFollowAReminderMailsButton() {
        inBrowser("import-and-remind", this::importAndRemind);
    }

    @Test
    @Order(3)
    void importSixPeoplePutThemAllIntoACircleAndSeeTheirFirstTouchesSpreadOverThePeriod() {
        inBrowser("circle", this::importIntoACircle);
    }

    @Test
    @Order(4)
    void setABudgetOfTwoSeeTwoPeopleThisWeekMarkOneDoneSkipOneAndSeeWhoComesNextWeek() {
        inBrowser("weekly-plan", this::weeklyPlan);
    }

    private void weeklyPlan(Page page) {
        backend.send(new RegisterAccount("hedy", "Hedy Lamarr", "frequency hopping", ZoneId.of("Europe/London")));
        await().until(() -> backend.find(new FindLoginAccount("hedy"), LoginAccount.class).isPresent());
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        List<String> names = List.of("George Antheil", "Howard Hughes", "Fritz Mandl");
        for (int i = 0; i < names.size(); i++) {
            UUID person = UUID.randomUUID();
            backend.send(new AddContact(person, "hedy", ContactDetails.named(names.get(i))));
            backend.send(new SetCadence(person, "hedy", Period.ofMonths(1)));
            backend.send(new LogInteraction(person, "hedy", UUID.randomUUID(), InteractionType.CALL, today.minusDays(60 - 5 * i),
                    Direction.NEUTRAL, null));
            await().until(() -> backend.find(new FetchNextTouch("hedy", person), NextTouch.class).map(NextTouch::lastTouchOn).isPresent());
        }
        page.navigate("http://localhost:" + port + "/");
        page.locator("vaadin-login-form input[name='username']").fill("hedy");
        page.locator("vaadin-login-form input[name='password']").fill("frequency hopping");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();

        page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Settings")).click();
        field(page, "People a week").fill("2");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save budget")).click();
        assertThat(page.getByText("Weekly budget saved: 2 a week")).isVisible();
        await().until(() -> backend.query(new FetchWeeklyBudget("hedy"), WeeklyBudget.class).peoplePerWeek() == 2);

        page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Due")).click();
        Locator plan = page.locator("#plan-items");
        assertThat(plan.locator("vaadin-button:visible", new Locator.LocatorOptions().setHasText("Done"))).hasCount(2);
        assertThat(plan.getByText("George Antheil")).isVisible();
        assertThat(plan.getByText("Howard Hughes")).isVisible();
        assertThat(page.locator("#coming-weeks")).containsText("Fritz Mandl");

        plan.locator("vaadin-button:visible", new Locator.LocatorOptions().setHasText("Done")).first().click();
        page.locator("vaadin-dialog-overlay").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save")).click();
        assertThat(page.getByText("George Antheil is done for this week")).isVisible();
        assertThat(page.locator("#plan-heading")).containsText("1 of 2 done.");
        clickUntilItShows(plan.locator("vaadin-button:visible", new Locator.LocatorOptions().setHasText("Skip")).first(),
                page.getByText("Howard Hughes is skipped this week"));
        assertThat(plan.locator(".plan-card span[theme~='badge']", new Locator.LocatorOptions().setHasText("Skipped"))).hasCount(1);
        assertThat(page.locator("#plan-heading")).containsText("1 of 2 done.");
        assertThat(page.locator("#coming-weeks")).containsText("Week of " + Formats.day(
                today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(1)) + ": Fritz Mandl");
    }

    private static void inBrowser(String name, Consumer<Page> steps) {
        Page page = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB")).newPage();
        page.setDefaultTimeout(20_000);
        List<String> blocked = new ArrayList<>();
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                blocked.add(message.text());
            }
        });
        try {
            steps.accept(page);
            org.assertj.core.api.Assertions.assertThat(blocked).as("nothing the content security policy blocked").isEmpty();
        } catch (RuntimeException | AssertionError failure) {
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", name + "-failure.png")).setFullPage(true));
            throw failure;
        } finally {
            page.context().close();
        }
    }

    private void importAndRemind(Page page) {
        backend.send(new RegisterAccount("alan", "Alan Turing", "the imitation game", ZoneId.of("Europe/London")));
        await().until(() -> backend.find(new FindLoginAccount("alan"), LoginAccount.class).isPresent());
        page.navigate("http://localhost:" + port + "/");
        page.locator("vaadin-login-form input[name='username']").fill("alan");
        page.locator("vaadin-login-form input[name='password']").fill("the imitation game");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();

        page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Contacts")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import")).click();
        page.locator("vaadin-upload input[type=file]").setInputFiles(new FilePayload("Connections.csv", "text/csv", (
                "Notes:\n\"Some email addresses may be missing.\"\n\n"
                + "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
                + "Joan,Clarke,https://www.linkedin.com/in/joanclarke,joan@bletchley.example.com,GC&CS,Cryptanalyst,1 Jan 2026\n"
                + "Max,Newman,,,University of Manchester,Professor,2 Feb 2025\n").getBytes(StandardCharsets.UTF_8)));
        assertThat(page.getByText("LinkedIn connections (Connections.csv): 2 new, 0 look like people you have, "
                + "0 can't be imported. Choose who to import.")).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import 2 contacts")).click();
        assertThat(page.getByText("Imported 2 contacts from Connections.csv.")).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Close")).click();
        assertThat(page.locator("vaadin-dialog-overlay")).isHidden();
        assertThat(page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("Joan Clarke"))).isVisible();

        UUID joan = backend.query(new ListAllContacts("alan"), ContactPage.class).contacts().stream()
                .filter(contact -> contact.details().name().equals("Joan Clarke")).findFirst().orElseThrow().contactId();
        backend.send(new SetCadence(joan, "alan", Period.ofMonths(1)));
        backend.send(new LogInteraction(joan, "alan", UUID.randomUUID(), InteractionType.CALL,
                LocalDate.now(ZoneOffset.UTC).minusDays(40), Direction.NEUTRAL, "Crossword club"));
        String mail = await().atMost(Duration.ofSeconds(40)).until(() -> backend.query(new ListOutbox("alan", 10), Outbox.class)
                .mails().stream().filter(m -> m.status() == MailStatus.KEPT).map(OutboxMail::text).findFirst(), Optional::isPresent)
                .orElseThrow();
        Matcher link = Pattern.compile("I got in touch: http://localhost:8080(/act/\\S+)").matcher(mail);
        org.assertj.core.api.Assertions.assertThat(link.find()).as(mail).isTrue();

        Page fromMail = browser.newContext().newPage();
        fromMail.navigate("http://localhost:" + port + link.group(1));
        assertThat(fromMail.locator("#link-result")).hasText("Logged that you got in touch with Joan Clarke today.");
        fromMail.context().close();
        await().untilAsserted(() -> org.assertj.core.api.Assertions.assertThat(
                backend.find(new FetchNextTouch("alan", joan), NextTouch.class).orElseThrow().nextTouchOn())
                .isAfter(LocalDate.now(ZoneOffset.UTC).plusDays(27)));
    }

    private void importIntoACircle(Page page) {
        backend.send(new RegisterAccount("joan", "Joan Clarke", "the imitation game", ZoneId.of("Europe/London")));
        await().until(() -> backend.find(new FindLoginAccount("joan"), LoginAccount.class).isPresent());
        page.navigate("http://localhost:" + port + "/");
        page.locator("vaadin-login-form input[name='username']").fill("joan");
        page.locator("vaadin-login-form input[name='password']").fill("the imitation game");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();

        page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Circles")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New circle")).click();
        field(page, "Name").fill("Quarterly list");
        page.locator("vaadin-dialog-overlay").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save")).click();
        assertThat(page.getByText("0 people. No rule yet", new Page.GetByTextOptions().setExact(false))).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a rule")).click();
        field(page, "Name").fill("Any touch");
        field(page, "How often").fill("every 3 months");
        page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText("every 3 months")).click();
        page.locator("vaadin-dialog-overlay").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save")).click();
        assertThat(page.getByText("Any touch: any touch every 3 months")).isVisible();

        page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Contacts")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import")).click();
        StringBuilder file = new StringBuilder("First Name,Last Name,URL,Email Address,Company,Position,Connected On\n");
        for (String name : List.of("Alan", "Dilly", "Gordon", "Hugh", "Mavis", "Stuart")) {
            file.append(name).append(",Park,,,Bletchley Park,Codebreaker,1 Jan 2026\n");
        }
        page.locator("vaadin-upload input[type=file]").setInputFiles(new FilePayload("Connections.csv", "text/csv",
                file.toString().getBytes(StandardCharsets.UTF_8)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import 6 contacts")).click();
        assertThat(page.getByText("Imported 6 contacts from Connections.csv.")).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Close")).click();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Select all 6")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add to a circle…")).click();
        field(page, "Circle").fill("Quarterly list");
        page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText("Quarterly list")).click();
        page.locator("vaadin-dialog-overlay").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add")
                .setExact(true)).click();
        assertThat(page.getByText("6 people added to Quarterly list")).isVisible();
        assertThat(page.locator("vaadin-grid-cell-content span", new Page.LocatorOptions().setHasText("Quarterly list")))
                .hasCount(6);

        page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Circles")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Circles"))).isVisible();
        page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("Quarterly list")).click();
        assertThat(page.getByText("6 people · 0 due · 0 overdue.")).isVisible();
        List<LocalDate> firstDue = backend.query(new ListAllContacts("joan"), ContactPage.class).contacts().stream()
                .map(contact -> backend.find(new FetchNextTouch("joan", contact.contactId()), NextTouch.class).orElseThrow().nextTouchOn())
                .toList();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        org.assertj.core.api.Assertions.assertThat(firstDue).hasSize(6).doesNotHaveDuplicates()
                .allSatisfy(day -> org.assertj.core.api.Assertions.assertThat(day).isAfter(today).isBeforeOrEqualTo(today.plusMonths(3)));
        org.assertj.core.api.Assertions.assertThat(java.time.temporal.ChronoUnit.DAYS.between(
                java.util.Collections.min(firstDue), java.util.Collections.max(firstDue))).isGreaterThan(60);
    }

    private void journey(Page page) {
        page.navigate("http://localhost:" + port + "/");

        page.getByText("Open the first account").click();
        field(page, "User name").fill("grace");
        field(page, "Your name").fill("Grace Hopper");
        field(page, "Password").fill("a nanosecond is 30 cm");
        field(page, "Password again").fill("a nanosecond is 30 cm");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open account")).click();

        // opening the account signs Grace in: she lands on the Due page
        assertThat(page.locator("#summary")).hasText("Your network is empty. Add the people you want to stay in touch with under Contacts, "
                + "or import them from LinkedIn, Google Contacts, Outlook, Thunderbird or a vCard file.");

        page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Contacts")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add contact")).click();
        field(page, "Name").fill("Ada Lovelace");
        field(page, "Company").fill("Analytical Engines");
        field(page, "Keep in touch").fill("every 3 months");
        page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText("every 3 months")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Ada Lovelace"))).isVisible();

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

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Remember something")).click();
        field(page, "What to remember").fill("Her son is into engines");
        page.locator("vaadin-dialog-overlay").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save")).click();
        Locator fact = remembered(page, "Her son is into engines");
        assertThat(fact).isVisible();
        fact.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Change")).click();
        field(page, "What to remember").fill("Her daughter is into engines");
        page.locator("vaadin-dialog-overlay").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save")).click();
        assertThat(remembered(page, "Her daughter is into engines")).isVisible();
        assertThat(remembered(page, "Her son is into engines")).hasCount(0);

        page.locator("vaadin-grid-cell-content vaadin-button", new Page.LocatorOptions().setHasText("Remove")).first().click();
        page.locator("vaadin-confirm-dialog-overlay").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Remove")).click();
        assertThat(page.getByText("Touch removed")).isVisible();
        assertThat(page.getByText("Next touch " + Formats.day(today.plusMonths(3)) + " · In touch")).isVisible();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in"))).isVisible();
    }

    /**
     * The plan's rows are drawn again when the read models catch up with the touch just logged; a click that lands in
     * that moment reaches a button already replaced, so it is tried again until its result shows.
     */
    private static void clickUntilItShows(Locator button, Locator result) {
        for (int attempt = 1; ; attempt++) {
            button.click();
            try {
                assertThat(result).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(5_000));
                return;
            } catch (AssertionError notYet) {
                if (attempt == 3) {
                    throw notYet;
                }
            }
        }
    }

    /** A line of "What to remember" (the history names the fact too, without buttons). */
    private static Locator remembered(Page page, String text) {
        return page.locator("li", new Page.LocatorOptions().setHasText(text))
                .filter(new Locator.FilterOptions().setHas(page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Change"))));
    }

    private static Locator field(Page page, String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
    }
}
