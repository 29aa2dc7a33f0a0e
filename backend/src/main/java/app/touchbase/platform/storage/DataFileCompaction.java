package app.touchbase.platform.storage;

import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreTool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Keeps the H2 file compact while it is written to. With a commit per command each commit leaves a chunk that is
 * mostly old pages, and the file grows by the size of every chunk written. Moving the few live pages out of sparse
 * chunks frees them for reuse; each pass writes at most {@link #WRITE_LIMIT} bytes, so a command never waits long for
 * it.
 * <p>
 * This is the store's only compaction ({@link #ONLY_COMPACTION}). H2's own, in its background writer, goes by the fill
 * rate of every chunk, the emptied ones it keeps for the retention time included: the chunks its own passes empty
 * keep that rate low, so on a file of a hundred thousand events it moved pages without end, most of the process's work
 * while only queries ran, and its reads pushed the pages the queries use out of the cache. A pass here starts only when the
 * chunks that still hold live data are, together, below the target fill rate; what a pass empties no longer counts.
 */
final class DataFileCompaction implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DataFileCompaction.class);
    static final int WRITE_LIMIT = 2 * 1024 * 1024;
    /** H2's {@code autoCompactFillRate} that turns its own compaction off. */
    static final int ONLY_COMPACTION = 0;
    /** {@link MVStore#compact}'s own check goes by every chunk; above 100 %, it leaves the choice to this one. */
    private static final int CHOSEN_HERE = 101;

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
            if (!store.isClosed() && liveChunksFillRate() < upkeep.targetFillRate()) {
                store.compact(CHOSEN_HERE, WRITE_LIMIT);
            }
        } catch (RuntimeException e) {
            log.debug("Compaction pass skipped: {}", e.getMessage());
        }
    }

    /**
     * The share of live data in the chunks a pass could move pages out of: old enough, holding live pages, not full.
     * H2 keeps it as {@code info.CHUNKS_FILL_RATE_RW}; 100 when there is no such chunk.
     */
    private int liveChunksFillRate() {
        Map<String, String> info = new HashMap<>();
        store.getFileStore().populateInfo(info::put);
        return Integer.parseInt(info.getOrDefault("info.CHUNKS_FILL_RATE_RW", "100"));
    }

    /**
     * At a clean stop, after the store is closed: the live data is copied into a fresh file, which then replaces the
     * data file in one atomic move (what H2 itself does for {@code SHUTDOWN COMPACT}). The data file is only read
     * here, so a crash or a full disk while copying leaves it as it was; a copy left behind is removed at the next
     * start ({@link #removeUnfinishedCopy}).
     */
    static void compactClosedFile(String fileName, StorageProperties.FileUpkeep upkeep) {
        if (!upkeep.compactAtStop()) {
            return;
        }
        String copyName = copyName(fileName);
        try {
            Files.deleteIfExists(Path.of(copyName));
            OwnerOnlyFiles.createFile(Path.of(copyName));
            try (MVStore source = new MVStore.Builder().fileName(fileName).readOnly().open();
                 MVStore copy = new MVStore.Builder().fileName(copyName).compressHigh().open()) {
                MVStoreTool.compact(source, copy);
            }
            MVStoreTool.moveAtomicReplace(copyName, fileName);
        } catch (IOException | RuntimeException e) {
            log.warn("Could not compact the data file at stop, it is kept as it was: {}", e.getMessage());
            removeUnfinishedCopy(fileName);
        }
    }

    /** A copy that a stop could not finish is dropped; the data file it was copied from is whole. */
    static void removeUnfinishedCopy(String fileName) {
        MVStoreTool.compactCleanUp(fileName);
    }

    private static String copyName(String fileName) {
        return fileName + ".tempFile";
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
