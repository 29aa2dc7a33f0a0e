package app.touchbase.platform.storage;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scans of the whole data file while other commands rewrite documents and the background compaction frees chunks as
 * soon as it may (no retention): a scan never finds a chunk of the version it reads gone.
 */
class LongReadsWhileCompactingTest {

    /** More than the page cache holds, so a scan reads its pages from the file. */
    static final int DOCUMENTS = 10_000;
    static final DataSize PAGE_CACHE = DataSize.ofMegabytes(16);
    static final StorageProperties.FileUpkeep EAGER_UPKEEP =
            new StorageProperties.FileUpkeep(Duration.ZERO, Duration.ofMillis(20), 90, false, PAGE_CACHE);

    @TempDir
    Path folder;

    @Test
    void aScanReadsEveryDocumentWhileChunksAreMovedAndDropped() throws Exception {
        try (MongoEndpoint endpoint = MongoEndpoint.embeddedFile(folder.resolve("touchbase.mv"), EAGER_UPKEEP, new StorageFaults());
             MongoClient client = MongoClients.create(endpoint.connectionString())) {
            MongoCollection<Document> events = client.getDatabase("touchbase").getCollection("events");
            Random random = new Random(5);
            for (int from = 0; from < DOCUMENTS; from += 1_000) {
                events.insertMany(IntStream.range(from, from + 1_000)
                        .mapToObj(i -> new Document("_id", i).append("payload", noise(random, 2_500)).append("round", 0)).toList());
            }
            MongoCollection<Document> other = client.getDatabase("touchbase").getCollection("other");
            other.insertMany(IntStream.range(0, 500).mapToObj(i -> new Document("_id", i).append("round", 0)).toList());
            List<Throwable> failures = new CopyOnWriteArrayList<>();
            AtomicBoolean scanning = new AtomicBoolean(true);
            AtomicInteger rewrites = new AtomicInteger();
            // a scan holds its own collection; the writes to the other one commit new versions meanwhile, and the
            // compaction moves both collections' pages out of the chunks the scan may still be reading
            List<Thread> writers = List.of(rewriting(other, 500, scanning, rewrites, failures));
            writers.forEach(Thread::start);
            try {
                for (int scan = 0; scan < 4 && failures.isEmpty(); scan++) {
                    // rewritten documents leave the chunks that held them sparse, for the compaction to move
                    for (int update = 0; update < 1_500; update++) {
                        events.updateOne(Filters.eq("_id", random.nextInt(DOCUMENTS)), Updates.inc("round", 1));
                    }
                    List<Document> all = events.find().sort(Sorts.descending("payload", "_id")).into(new ArrayList<>());
                    assertThat(all).hasSize(DOCUMENTS);
                }
            } finally {
                scanning.set(false);
                for (Thread writer : writers) {
                    writer.join();
                }
            }
            assertThat(failures).isEmpty();
            assertThat(rewrites.get()).as("the scans ran while documents were rewritten").isGreaterThan(100);
        }
    }

    /** Text that does not compress, as sealed fields do not. */
    private static String noise(Random random, int length) {
        byte[] bytes = new byte[length * 3 / 4];
        random.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static Thread rewriting(MongoCollection<Document> collection, int documents, AtomicBoolean running,
                                    AtomicInteger rewrites, List<Throwable> failures) {
        return new Thread(() -> {
            Random random = new Random(documents);
            while (running.get()) {
                try {
                    collection.updateOne(Filters.eq("_id", random.nextInt(documents)), Updates.inc("round", 1));
                    rewrites.incrementAndGet();
                } catch (RuntimeException e) {
                    failures.add(e);
                    return;
                }
            }
        });
    }
}
