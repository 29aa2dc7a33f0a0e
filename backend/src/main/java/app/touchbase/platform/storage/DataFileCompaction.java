package app.touchbase.platform.storage;

import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreTool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
