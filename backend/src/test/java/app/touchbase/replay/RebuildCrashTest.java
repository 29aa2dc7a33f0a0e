package app.touchbase.replay;

import app.touchbase.TouchbaseTestApplication;
import app.touchbase.platform.storage.MongoConfiguration;
import app.touchbase.platform.storage.MongoEndpoint;
import app.touchbase.shared.api.ContactEvent;
import app.touchbase.support.NewestEventFolded;
import app.touchbase.support.RandomHistory;
import app.touchbase.support.ReadModelSnapshot;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A process rebuilding its read models is killed (SIGKILL) at several points of the rebuild; the next normal start
 * must find the rebuild unfinished, rebuild again and end with exactly the read models of one clean pass.
 */
class RebuildCrashTest {

    static final String REBUILD_RECORDED = "Rebuilding the read models from the full event history";

    @TempDir
    static Path folder;
    static Path seeded;
    static Map<String, List<Document>> clean;

    @BeforeAll
    static void storeAHistoryAndFoldItOnce() {
        seeded = folder.resolve("seeded.mv");
        List<DomainEventMessage<?>> history = RandomHistory.generate(17, 3, 9, 10);
        long contactEvents = history.stream().filter(event -> event.getPayload() instanceof ContactEvent).count();
        try (ConfigurableApplicationContext app = start(seeded)) {
            app.getBean(EventStore.class).publish(history);
            MongoDatabase database = app.getBean(MongoDatabase.class);
            await().atMost(Duration.ofSeconds(60)).until(() -> NewestEventFolded.in(app));
            assertThat(database.getCollection("contact_timeline").countDocuments()).isEqualTo(contactEvents);
            clean = ReadModelSnapshot.of(database);
        }
        assertThat(history).hasSizeGreaterThan(230);
    }

    @ParameterizedTest(name = "killed {0}")
    @CsvSource({
            "right after the rebuild was recorded, ",
            "inside the reset, reset",
            "after the reset before the first event, 1",
            "in the middle of the second batch, 220"})
    void aRebuildKilledAnywhereIsDoneAgainAtTheNextStart(String when, String pauseAt) throws Exception {
        Path file = folder.resolve("killed-" + (pauseAt == null ? "recorded" : pauseAt) + ".mv");
        Files.copy(seeded, file);

        killWhileRebuilding(file, pauseAt);
        assertThat(rebuildMarkerIn(file)).as("the kill left the rebuild unfinished").isTrue();

        try (ConfigurableApplicationContext app = start(file)) {
            MongoDatabase database = app.getBean(MongoDatabase.class);
            await().atMost(Duration.ofSeconds(60)).until(() -> !app.getBean(ReadModelRebuilds.class).rebuilding());
            ReadModelSnapshot.assertSame(ReadModelSnapshot.of(database), clean, "after a kill " + when + " and a restart");
        }
    }

    private static void killWhileRebuilding(Path file, String pauseAt) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                RebuildingApp.class.getName(), "--touchbase.storage.mode=embedded-file", "--touchbase.storage.file=" + file,
                "--touchbase.replay=true"));
        if (pauseAt != null) {
            command.add("--touchbase.test.pause-at=" + pauseAt);
        }
        String killOn = pauseAt == null ? REBUILD_RECORDED : "paused";
        Process app = new ProcessBuilder(command).redirectErrorStream(true).start();
        boolean killed = false;
        try (BufferedReader output = new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = output.readLine()) != null) {
                if (line.contains(killOn)) {
                    app.destroyForcibly();
                    killed = true;
                    break;
                }
            }
        } finally {
            app.destroyForcibly();
            app.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(killed).as("the process reached \"%s\" before it ended", killOn).isTrue();
    }

    private static boolean rebuildMarkerIn(Path file) {
        try (MongoEndpoint endpoint = MongoEndpoint.embeddedFile(file);
             MongoClient client = MongoClients.create(MongoConfiguration.clientSettings(endpoint.connectionString()))) {
            Document marker = client.getDatabase("touchbase").getCollection(RebuildMarker.COLLECTION).find().first();
            return marker != null && marker.containsKey("rebuild");
        }
    }

    private static ConfigurableApplicationContext start(Path file) {
        return new SpringApplicationBuilder(TouchbaseTestApplication.class)
                .run("--touchbase.storage.mode=embedded-file", "--touchbase.storage.file=" + file);
    }
}
