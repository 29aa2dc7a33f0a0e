package app.touchbase.mail.outbox;

import app.touchbase.TouchbaseTestApplication;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A process is killed while it sends a mail (its SMTP server never answers, so the mail stays claimed); the restarted
 * application sends that mail within 30 seconds, once.
 */
class MailClaimAfterKillTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path folder;

    @Test
    void aMailClaimedByAKilledProcessGoesOutWithinThirtySecondsOfTheRestartAndOnce() throws Exception {
        Path file = folder.resolve("touchbase.mv");
        try (ServerSocket silentSmtp = new ServerSocket(0)) {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process app = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                    DigestQueuingApp.class.getName(), "--touchbase.storage.mode=embedded-file", "--touchbase.storage.file=" + file,
                    "--spring.mail.host=localhost", "--spring.mail.port=" + silentSmtp.getLocalPort())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            try (Socket sending = silentSmtp.accept()) {
                // the dispatcher has claimed the digest and waits for the server's greeting: kill it now
                app.destroyForcibly();
                assertThat(app.waitFor(30, TimeUnit.SECONDS)).isTrue();
            } finally {
                app.destroyForcibly();
            }
        }

        try (ConfigurableApplicationContext restarted = new SpringApplicationBuilder(TouchbaseTestApplication.class).run(
                "--touchbase.storage.mode=embedded-file", "--touchbase.storage.file=" + file,
                "--spring.mail.host=localhost", "--spring.mail.port=" + SMTP.getSmtp().getPort(),
                "--touchbase.mail.dispatch-interval=10s")) {
            long started = System.nanoTime();
            await().atMost(Duration.ofSeconds(30)).until(() -> SMTP.getReceivedMessages().length == 1);
            System.out.printf("%s: the claimed mail went out %d s after the restart%n", getClass().getSimpleName(),
                    TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> SMTP.getReceivedMessages().length == 1);
            assertThat(SMTP.getReceivedMessages()[0].getAllRecipients()[0].toString()).isEqualTo("kim@example.org");
        }
    }
}
