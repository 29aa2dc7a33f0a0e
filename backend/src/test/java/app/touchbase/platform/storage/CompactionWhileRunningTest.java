package app.touchbase.platform.storage;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The data file is compacted while it runs, by one compaction that stops once the chunks holding live data are full
 * enough: a store nothing is written to then writes nothing, however sparse it was left.
 */
class CompactionWhileRunningTest {

    /** Chunks emptied a second ago may be reused, and a pass runs every 50 ms: the test sees many of both. */
    static final StorageProperties.FileUpkeep EAGER_UPKEEP =
            new StorageProperties.FileUpkeep(Duration.ofSeconds(1), Duration.ofMillis(50), 80, false, null);

    static final int DOCUMENTS = 2_000;
    /** Each document's 2 000 characters of noise, which compression does not shrink. */
    static final long LIVE_DOCUMENT_BYTES = DOCUMENTS * 2_000L;

    @TempDir
    Path folder;

    @Test
    void aSparseFileIsCompactedOnceAndThenLeftAlone() {
        DurableH2Backend backend = new DurableH2Backend(folder.resolve("touchbase.mv").toString(), EAGER_UPKEEP, new StorageFaults());
        MongoServer server = new MongoServer(backend);
        try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString())) {
            MongoCollection<Document> tokens = leaveSparse(client);
            MVStore store = backend.getMvStore();

            AtomicLong whileCompacting = new AtomicLong();
            await("the chunks still holding live data, together, as full as the target").atMost(Duration.ofSeconds(30))
                    .pollDelay(Duration.ZERO).pollInterval(Duration.ZERO)
                    .until(() -> {
                        whileCompacting.addAndGet(bytesWrittenWhileClaiming(tokens, store));
                        return info(store, "info.CHUNKS_FILL_RATE_RW") >= EAGER_UPKEEP.targetFillRate();
                    });
            assertThat(whileCompacting.get()).as("written while the sparse chunks were compacted")
                    .isLessThan(4L * LIVE_DOCUMENT_BYTES);
            for (int window = 0; window < 3; window++) {
                // a few kilobytes a claim; one pass of the compaction would write up to two megabytes
                assertThat(bytesWrittenWhileClaiming(tokens, store)).as("written in a quiet window of claims")
                        .isLessThan(DataFileCompaction.WRITE_LIMIT / 2);
            }
        } finally {
            server.shutdownNow();
        }
    }

    /**
     * H2's own compaction, in its background writer, goes by a fill rate the chunks it empties keep low: on a large file
     * it never stopped. It is off; with the passes off too, what the writes left sparse stays so.
     */
    @Test
    void nothingElseCompactsTheFile() {
        StorageProperties.FileUpkeep noPasses = new StorageProperties.FileUpkeep(Duration.ofSeconds(1), Duration.ofHours(1),
                80, false, null);
        DurableH2Backend backend = new DurableH2Backend(folder.resolve("touchbase.mv").toString(), noPasses, new StorageFaults());
        MongoServer server = new MongoServer(backend);
        try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString())) {
            MongoCollection<Document> tokens = leaveSparse(client);
            MVStore store = backend.getMvStore();

            bytesWrittenWhileClaiming(tokens, store);

            assertThat(info(store, "info.CHUNKS_FILL_RATE_RW")).as("the chunks still holding live data, together, "
                    + "two seconds after the writes").isLessThan(50);
        } finally {
            server.shutdownNow();
        }
    }

    @Test
    void thePageCacheIsAnEighthOfTheHeapUnlessSet() {
        assertThat(StorageProperties.FileUpkeep.DEFAULTS.pageCacheMegabytes()).isEqualTo(
                (int) Math.max(StorageProperties.FileUpkeep.MIN_AUTOMATIC_PAGE_CACHE_MB, (Runtime.getRuntime().maxMemory() >> 20) / 8));
        StorageProperties.FileUpkeep set = new StorageProperties.FileUpkeep(Duration.ofSeconds(45), Duration.ofSeconds(2), 80,
                true, DataSize.ofMegabytes(48));
        DurableH2Backend backend = new DurableH2Backend(folder.resolve("cache.mv").toString(), set, new StorageFaults());
        try {
            assertThat(backend.getMvStore().getFileStore().getCacheSize()).isEqualTo(48);
        } finally {
            backend.close();
        }
        assertThatThrownBy(() -> new StorageProperties.FileUpkeep(Duration.ofSeconds(45), Duration.ofSeconds(2), 80,
                true, DataSize.ofKilobytes(512)))
                .hasMessage("touchbase.storage.file-upkeep.page-cache must be at least 1MB, was 524288B");
    }

    /** Documents written, then rewritten one by one: each rewrite leaves the older copy of its page dead in a chunk. */
    private static MongoCollection<Document> leaveSparse(MongoClient client) {
        MongoCollection<Document> events = client.getDatabase("touchbase").getCollection("events");
        Random random = new Random(11);
        for (int from = 0; from < DOCUMENTS; from += 100) {
            events.insertMany(IntStream.range(from, from + 100)
                    .mapToObj(i -> new Document("_id", i).append("payload", noise(random)).append("round", 0)).toList());
        }
        for (int update = 0; update < 3_000; update++) {
            events.updateOne(Filters.eq("_id", random.nextInt(DOCUMENTS)), Updates.inc("round", 1));
        }
        assertThat(events.countDocuments(Filters.gt("round", 0))).isPositive();
        MongoCollection<Document> tokens = client.getDatabase("touchbase").getCollection("tokens");
        tokens.insertMany(IntStream.range(0, 15).mapToObj(i -> new Document("_id", i).append("claimed", 0L)).toList());
        return tokens;
    }

    /** What the store writes in two seconds while a processor's claims are written, one every 100 ms, as at idle. */
    private static long bytesWrittenWhileClaiming(MongoCollection<Document> tokens, MVStore store) {
        long before = bytesWritten(store);
        long start = System.nanoTime();
        for (int claim = 0; System.nanoTime() - start < Duration.ofSeconds(2).toNanos(); claim++) {
            tokens.updateOne(Filters.eq("_id", claim % 15), Updates.set("claimed", claim));
            LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
        }
        return bytesWritten(store) - before;
    }

    private static long bytesWritten(MVStore store) {
        return info(store, "info.FILE_WRITE_BYTES");
    }

    private static long info(MVStore store, String key) {
        Map<String, String> info = new HashMap<>();
        store.getFileStore().populateInfo(info::put);
        return Long.parseLong(info.get(key));
    }

    /** Text that does not compress, as sealed fields do not. */
    private static String noise(Random random) {
        byte[] bytes = new byte[1_500];
        random.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
