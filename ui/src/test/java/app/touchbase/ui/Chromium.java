package app.touchbase.ui;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Debian's Chromium, headless, as the browser tests drive it (flags that let it run as root in a container). */
public final class Chromium {

    static final Path PATH = Path.of("/usr/bin/chromium");
    static final List<String> FLAGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage");

    private Chromium() {
    }

    /** Skips the test where there is no Chromium, except on CI, which must have it. */
    public static Browser launch(Playwright playwright) {
        // a loaded machine (two cores, a build beside) can take longer than the default five seconds to show a change
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        return playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(PATH).setHeadless(true).setArgs(FLAGS));
    }

    public static void requireIt() {
        if (!Files.isExecutable(PATH)) {
            if (System.getenv("CI") != null) {
                fail("CI must install Debian's chromium (see .ci/run)");
            }
            assumeTrue(false, "no Chromium at " + PATH + ": apt-get install chromium to run the browser tests");
        }
    }
}
