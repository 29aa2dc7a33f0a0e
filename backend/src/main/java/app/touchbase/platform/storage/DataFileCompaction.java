package app.touchbase.platform.storage;

import org.h2.mvstore.MVStore;
import org.h2.mvstore.RandomAccessStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Keeps the H2 file compact while it is written to. The store compacts by itself only when it sits idle, and with a
 * commit per command it never does: each commit leaves a chunk that is mostly old pages, and the file grows by the
 * size of every chunk written. Moving the few live pages out of sparse chunks frees them for reuse; each pass writes
 * at most {@link #WRITE_LIMIT} bytes, so a command never waits long for it.
 */
final class DataFileCompaction implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DataFileCompaction.class);
    static final int WRITE_LIMIT = 2 * 1024 * 1024;

    private final MVStore store;
    private final StorageProperties.FileUpkeep upkeep;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "data-file-compaction");
        thread.setDaemon(true);
        return thread;
    });

    DataFileCompaction(MVStore store, StorageProperties.FileUpkeep upkeep) {
        this.store = store;
        this.upkeep = upkeep;
        long every = upkeep.compactEvery().toMillis();
        scheduler.scheduleWithFixedDelay(this::compactSome, every, every, TimeUnit.MILLISECONDS);
    }

    private void compactSome() {
        try {
            if (!store.isClosed()) {
                store.compact(upkeep.targetFillRate(), WRITE_LIMIT);
            }
        } catch (RuntimeException e) {
            log.debug("Compaction pass skipped: {}", e.getMessage());
        }
    }

    /**
     * At a clean stop, after the store is closed: the file is opened once more on its own, with no cursor or reader
     * holding old versions, compacted and cut to its live size. The store's own {@code compactFile} moves chunks only
     * when the chunks themselves are sparse, not when the free space is holes between full chunks, which is where it
     * lies after a day of small commits: so the chunks are moved here too. A rewrite frees its chunks only at the next
     * commit, hence the rounds.
     */
    static void compactClosedFile(String fileName, StorageProperties.FileUpkeep upkeep) {
        long deadline = System.nanoTime() + upkeep.compactAtStop().toNanos();
        MVStore store = new MVStore.Builder().fileName(fileName).compress().open();
        try {
            long size = Long.MAX_VALUE;
            while (store.getFileStore().size() < size && System.nanoTime() < deadline) {
                size = store.getFileStore().size();
                store.compactFile((int) Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
                if (store.getFileStore() instanceof RandomAccessStore file) {
                    store.commit();
                    file.compactMoveChunks(100, Long.MAX_VALUE, store);
                }
            }
        } catch (RuntimeException e) {
            log.warn("Could not compact the data file at stop: {}", e.getMessage());
        } finally {
            store.close();
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
        try {
            scheduler.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
