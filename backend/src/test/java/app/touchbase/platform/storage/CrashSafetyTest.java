package app.touchbase.platform.storage;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Kills a process that is writing to the embedded file store: every write it acknowledged must be there afterwards. */
class CrashSafetyTest {

    static final int ACKS_BEFORE_KILL = 300;

    @TempDir
    Path folder;

    @Test
    void everyAcknowledgedWriteSurvivesAKill() throws Exception {
        Path file = folder.resolve("crash.mv");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process writer = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                CrashingWriter.class.getName(), file.toString())
                .redirectErrorStream(true)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        int lastAcked = -1;
        try (BufferedReader output = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = output.readLine()) != null) {
                if (line.startsWith("acked ")) {
                    lastAcked = Integer.parseInt(line.substring(6));
                    if (lastAcked >= ACKS_BEFORE_KILL) {
                        writer.destroyForcibly();
                        break;
                    }
                }
            }
        } finally {
            writer.destroyForcibly();
            writer.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(lastAcked).as("the writer acknowledged writes before it was killed").isGreaterThanOrEqualTo(ACKS_BEFORE_KILL);

        try (MongoEndpoint reopened = MongoEndpoint.embeddedFile(file);
             MongoClient client = MongoClients.create(MongoConfiguration.clientSettings(reopened.connectionString()))) {
            MongoCollection<Document> writes = client.getDatabase("crash").getCollection("writes");
            Set<Integer> stored = new HashSet<>();
            writes.find().forEach(doc -> stored.add(doc.getInteger("_id")));
            for (int i = 0; i <= lastAcked; i++) {
                assertThat(stored).as("acknowledged write %d", i).contains(i);
            }
        }
    }
}
