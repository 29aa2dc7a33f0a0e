package app.touchbase.bench;

import app.touchbase.platform.storage.MongoConfiguration;
import app.touchbase.platform.storage.index.IndexedH2Backend;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.h2.mvstore.MVStoreTool;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What the data file's format costs: a file of event-shaped documents written as the server's own H2 backend writes
 * them (Java serialization) is converted by opening it, then both are read whole and looked up by their unique key,
 * and compacted. {@code ./mvnw -pl backend -Pbench -DskipTests test -Dbench.main=app.touchbase.bench.DataFileFormatBenchmark
 * [-Dbench.documents=100000]}
 */
public final class DataFileFormatBenchmark {

    private static final int LOOKUPS = 5_000;

    public static void main(String[] args) throws Exception {
        int documents = BenchSettings.number("bench.documents", 100_000);
        Path folder = Files.createTempDirectory("touchbase-format");
        Path file = folder.resolve("old.mv");
        System.out.printf("Data file format benchmark: %d event-shaped documents%n", documents);

        long start = System.nanoTime();
        with(file, H2Backend::new, events -> write(events, documents));
        System.out.printf("written as before (Java serialization): %.1f s, %.1f MB%n", seconds(start), mb(file));
        double oldScan = scan(file, H2Backend::new);
        double oldLookups = lookups(file, H2Backend::new, documents);
        double oldCompacted = compactedCopy(file, folder.resolve("old-copy.mv"));

        start = System.nanoTime();
        IndexedH2Backend converting = new IndexedH2Backend(file.toString());
        double conversion = seconds(start);
        converting.close();
        System.out.printf("converted when opened: %.1f s (%.0f documents/s), %.1f MB%n", conversion,
                documents / conversion, mb(file));
        double newScan = scan(file, IndexedH2Backend::new);
        double newLookups = lookups(file, IndexedH2Backend::new, documents);

        double newCompacted = compactedCopy(file, folder.resolve("copy.mv"));
        System.out.printf("%nread whole, documents/s: %.0f before, %.0f now (%.1fx)%n", oldScan, newScan, newScan / oldScan);
        System.out.printf("looked up by unique key, per s: %.0f before, %.0f now (%.1fx)%n", oldLookups, newLookups,
                newLookups / oldLookups);
        System.out.printf("compacted, MB: %.1f before, %.1f now (%.2fx)%n", oldCompacted, newCompacted,
                newCompacted / oldCompacted);
        System.exit(0);
    }

    private static void write(MongoCollection<Document> events, int documents) {
        events.createIndex(Indexes.ascending("eventIdentifier"), new IndexOptions().unique(true));
        List<Document> batch = new ArrayList<>();
        for (int i = 0; i < documents; i++) {
            batch.add(new Document("aggregateIdentifier", UUID.nameUUIDFromBytes(("c" + i / 10).getBytes()).toString())
                    .append("type", "Contact").append("sequenceNumber", (long) (i % 10))
                    .append("serializedPayload", "{\"contactId\":\"" + UUID.randomUUID() + "\",\"kind\":\"COFFEE\","
                            + "\"day\":\"2026-11-27\",\"notes\":{\"keyId\":\"" + UUID.randomUUID() + "\",\"sealed\":\""
                            + "q".repeat(120) + "\"}}")
                    .append("timestamp", "2026-11-27T10:15:30." + (100 + i % 900) + "Z")
                    .append("payloadType", "app.touchbase.interaction.api.InteractionLogged")
                    .append("payloadRevision", null)
                    .append("serializedMetaData", "{\"traceId\":\"" + UUID.randomUUID() + "\"}")
                    .append("eventIdentifier", "event-" + i));
            if (batch.size() == 1000) {
                events.insertMany(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            events.insertMany(batch);
        }
    }

    private static double scan(Path file, Function<String, MongoBackend> backend) {
        double[] rate = new double[1];
        with(file, backend, events -> {
            for (int pass = 0; pass < 2; pass++) {
                long start = System.nanoTime();
                long count = 0;
                for (RawBsonDocument ignored : events.withDocumentClass(RawBsonDocument.class).find().batchSize(1000)) {
                    count++;
                }
                rate[0] = count / seconds(start);
            }
        });
        return rate[0];
    }

    private static double lookups(Path file, Function<String, MongoBackend> backend, int documents) {
        double[] rate = new double[1];
        with(file, backend, events -> {
            long start = System.nanoTime();
            for (int i = 0; i < LOOKUPS; i++) {
                String id = "event-" + (int) ((i * 7919L) % documents);
                if (events.find(new Document("eventIdentifier", id)).first() == null) {
                    throw new IllegalStateException("not found: " + id);
                }
            }
            rate[0] = LOOKUPS / seconds(start);
        });
        return rate[0];
    }

    private static void with(Path file, Function<String, MongoBackend> backend, Consumer<MongoCollection<Document>> work) {
        MongoServer server = new MongoServer(backend.apply(file.toString()));
        server.bind("127.0.0.1", 0);
        try (MongoClient client = MongoClients.create(MongoConfiguration.clientSettings(server.getConnectionString()))) {
            work.accept(client.getDatabase("touchbase").getCollection("domainevents"));
        } finally {
            server.shutdownNow();
        }
    }

    private static double compactedCopy(Path file, Path copy) throws java.io.IOException {
        Files.copy(file, copy);
        MVStoreTool.compact(copy.toString(), true);
        return mb(copy);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static double mb(Path file) throws java.io.IOException {
        return Files.size(file) / 1e6;
    }
}
