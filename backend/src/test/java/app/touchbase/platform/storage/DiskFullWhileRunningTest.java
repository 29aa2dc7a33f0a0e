package app.touchbase.platform.storage;

import app.touchbase.TouchbaseTestApplication;
import app.touchbase.contact.api.ContactPage;
import app.touchbase.contact.api.SearchContacts;
import app.touchbase.shared.api.StorageFullException;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The disk of the data file fills up while commands are written: Touchbase refuses commands with one plain sentence,
 * stops with exit status 75 and, once there is room again, starts with every acknowledged command still there.
 * Runs on a small tmpfs; skipped with the reason where the test may not mount one.
 */
class DiskFullWhileRunningTest {

    static final int ACKS_BEFORE_FILLING = 20;

    @TempDir
    Path folder;
    Path mount;

    @AfterEach
    void unmount() throws Exception {
        if (mount != null) {
            new ProcessBuilder("umount", mount.toString()).start().waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void aDiskThatFillsUpStopsTouchbaseCleanlyAndNothingAcknowledgedIsLost() throws Exception {
        mount = Files.createDirectory(folder.resolve("mnt"));
        Process mounting = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=64m", "tmpfs", mount.toString())
                .redirectErrorStream(true).start();
        if (!mounting.waitFor(30, TimeUnit.SECONDS) || mounting.exitValue() != 0) {
            mount = null;
            String reason = "mounting a tmpfs is not allowed here (needs root and CAP_SYS_ADMIN): skipped";
            System.out.println(getClass().getSimpleName() + ": " + reason);
            Assumptions.abort(reason);
        }
        Path file = mount.resolve("touchbase.mv");
        Path filler = mount.resolve("filler");

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process app = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                DiskFillingApp.class.getName(), "--touchbase.storage.mode=embedded-file", "--touchbase.storage.file=" + file,
                "--touchbase.storage.min-free-space=1MB")
                .redirectErrorStream(true).start();
        int lastAcked = -1;
        List<String> refusals = new ArrayList<>();
        List<String> output = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                output.add(line);
                if (line.startsWith("acked ")) {
                    lastAcked = Integer.parseInt(line.substring(6));
                    if (lastAcked == ACKS_BEFORE_FILLING) {
                        fill(filler);
                    }
                } else if (line.startsWith("refused: ")) {
                    refusals.add(line.substring(9));
                }
            }
        } finally {
            if (!app.waitFor(60, TimeUnit.SECONDS)) {
                app.destroyForcibly();
            }
        }

        assertThat(app.exitValue()).as("exit status; output:%n%s", String.join("\n", output)).isEqualTo(StopWhenStorageIsLost.EXIT_STATUS);
        assertThat(output).contains("Touchbase stopped: it can't write " + file + " (the disk is full); nothing new is saved. "
                + "Free some space and start it again.");
        assertThat(lastAcked).isGreaterThanOrEqualTo(ACKS_BEFORE_FILLING);
        assertThat(refusals).as("refusals once the disk was full").containsExactly(StorageFullException.MESSAGE);
        System.out.printf("%s: %d commands acknowledged before the disk was full%n", getClass().getSimpleName(), lastAcked + 1);

        Files.delete(filler);
        try (ConfigurableApplicationContext restarted = new SpringApplicationBuilder(TouchbaseTestApplication.class)
                .run("--touchbase.storage.mode=embedded-file", "--touchbase.storage.file=" + file,
                        "--touchbase.storage.min-free-space=1MB")) {
            QueryGateway queries = restarted.getBean(QueryGateway.class);
            int acknowledged = lastAcked + 1;
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(queries.query(SearchContacts.all("filler"),
                    ResponseTypes.instanceOf(ContactPage.class)).join().total()).isGreaterThanOrEqualTo(acknowledged));
        }
    }

    /** Leaves the disk full: every further block the data file needs fails. */
    private static void fill(Path filler) {
        byte[] block = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            // full now
        }
    }
}
