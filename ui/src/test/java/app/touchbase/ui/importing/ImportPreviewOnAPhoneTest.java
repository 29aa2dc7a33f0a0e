package app.touchbase.ui.importing;

import app.touchbase.account.api.FindLoginAccount;
import app.touchbase.account.api.LoginAccount;
import app.touchbase.account.api.RegisterAccount;
import app.touchbase.ui.Chromium;
import app.touchbase.ui.ServerTest;
import app.touchbase.ui.base.Backend;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The import preview in a real browser the size of a phone (390 × 844): every row's name, what its fields were kept
 * as and its problem can be read without scrolling sideways, and the Import button can be reached.
 */
@ServerTest
class ImportPreviewOnAPhoneTest {

    static final int WIDTH = 390;
    static final int HEIGHT = 844;
    /** Thunderbird's English export: two people with addresses, one with a fax number, and a row with no one in it. */
    static final String THUNDERBIRD = String.join("\n",
            "First Name,Last Name,Display Name,Nickname,Primary Email,Secondary Email,Screen Name,Work Phone,Home Phone,"
                    + "Fax Number,Pager Number,Mobile Number,Home Address,Home Address 2,Home City,Home State,Home ZipCode,"
                    + "Home Country,Work Address,Work Address 2,Work City,Work State,Work ZipCode,Work Country,Job Title,"
                    + "Department,Organization,Web Page 1,Web Page 2,Birth Year,Birth Month,Birth Day,Custom 1,Custom 2,"
                    + "Custom 3,Custom 4,Notes",
            "Ada,Lovelace,Ada Lovelace,,ada.lovelace@analytical-engine-society.example.org,,,,+44 20 7946 0018,+44 20 7946 0019,,,"
                    + "12 St James's Square,,London,,SW1Y 4JH,United Kingdom,Analytical Engine Works,Suite 4,Cambridge,MA,02139,"
                    + "USA,Mathematician,,Analytical Society,,,1815,12,10,,,,,",
            "Marie,Curie,Marie Curie,,marie@radium.example.fr,,,,,,,,\"Flat 2\n36 Quai de Béthune\",,Paris,,75004,France,,,,,,,,,,"
                    + ",,,,,,,,,\"Met at the Solvay conference, 1911\"",
            ",,,,,,,+1 555 0100,,,,,,,,,,,,,Springfield,,,,,,,,,,,,,,,,",
            "");

    @LocalServerPort
    int port;
    @Autowired
    Backend backend;

    @Test
    void everyRowReadsAndTheImportButtonIsReachableWithoutScrollingSideways() {
        Chromium.requireIt();
        backend.send(new RegisterAccount("ada", "Ada Lovelace", "poetical science", ZoneId.of("Europe/London")));
        await().until(() -> backend.find(new FindLoginAccount("ada"), LoginAccount.class).isPresent());
        try (Playwright playwright = Playwright.create(); Browser browser = Chromium.launch(playwright)) {
            Page page = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB").setViewportSize(WIDTH, HEIGHT)
                    .setIsMobile(true).setHasTouch(true)).newPage();
            page.setDefaultTimeout(20_000);
            try {
                preview(page);
            } catch (RuntimeException | AssertionError failure) {
                page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "phone-import-failure.png")).setFullPage(true));
                throw failure;
            }
        }
    }

    private void preview(Page page) {
        page.navigate("http://localhost:" + port + "/");
        page.locator("vaadin-login-form input[name='username']").fill("ada");
        page.locator("vaadin-login-form input[name='password']").fill("poetical science");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Who is due"))).isVisible();
        page.navigate("http://localhost:" + port + "/contacts");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import").setExact(true)).click();
        page.locator("vaadin-upload input[type=file]").setInputFiles(new FilePayload("thunderbird.csv", "text/csv",
                THUNDERBIRD.getBytes(StandardCharsets.UTF_8)));
        Locator dialog = page.locator("vaadin-dialog-overlay");
        assertThat(dialog.getByText("Thunderbird address book (CSV): 2 new, 0 look like people you have, 1 can't be imported."
                + " Choose who to import.")).isVisible();

        onTheScreen(page, dialog.getByText("Ada Lovelace", new Locator.GetByTextOptions().setExact(true)));
        onTheScreen(page, dialog.getByText("Kept as: Birthday → important date · 2 × Address → postal addresses"));
        onTheScreen(page, dialog.getByText("Left out: left out the fax number '+44 20 7946 0019'", new Locator.GetByTextOptions().setExact(false)));
        onTheScreen(page, dialog.getByText("Marie Curie", new Locator.GetByTextOptions().setExact(true)));
        onTheScreen(page, dialog.getByText("Kept as: Notes → fact · Address → postal addresses"));
        onTheScreen(page, dialog.getByText("No display name, first or last name, or email address."));
        noSidewaysScrolling(page);

        dialog.locator("vaadin-grid").evaluate("grid => grid.scrollToIndex(0)");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "phone-import.png")));

        Locator start = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import 2 contacts"));
        onTheScreen(page, start);
        start.click();
        assertThat(dialog.getByText("Imported 2 contacts from thunderbird.csv.")).isVisible();
    }

    /** Brought into view the way a thumb would (scrolling down), it lies within the width of the screen. */
    private static void onTheScreen(Page page, Locator locator) {
        locator.scrollIntoViewIfNeeded();
        assertThat(locator).isVisible();
        BoundingBox box = locator.boundingBox();
        org.assertj.core.api.Assertions.assertThat(box).as("%s is laid out", locator).isNotNull();
        org.assertj.core.api.Assertions.assertThat(box.x).as("left edge of %s", locator).isGreaterThanOrEqualTo(0);
        org.assertj.core.api.Assertions.assertThat(box.x + box.width).as("right edge of %s", locator).isLessThanOrEqualTo(WIDTH);
        noSidewaysScrolling(page);
    }

    /** Neither the page, nor the dialog, nor the grid of rows has anything to scroll to sideways. */
    private static void noSidewaysScrolling(Page page) {
        Object overflow = page.evaluate("""
                () => {
                  const wider = el => el && el.scrollWidth > el.clientWidth + 1 ? el.scrollWidth + ' > ' + el.clientWidth : null;
                  const overlay = document.querySelector('vaadin-dialog-overlay');
                  const grid = overlay && overlay.querySelector('vaadin-grid');
                  const found = {
                    page: wider(document.documentElement),
                    dialog: overlay && (wider(overlay.shadowRoot.querySelector('[part=content]'))
                        || wider(overlay.shadowRoot.querySelector('[part=overlay]'))),
                    grid: grid && wider(grid.shadowRoot.querySelector('#table'))
                  };
                  return Object.entries(found).filter(([, v]) => v).map(([k, v]) => k + ' ' + v).join(', ');
                }""");
        org.assertj.core.api.Assertions.assertThat(overflow).as("what scrolls sideways").isEqualTo("");
    }
}
