package app.touchbase.platform.storage;

import app.touchbase.platform.storage.index.IndexedH2Backend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import io.netty.channel.Channel;
import org.h2.mvstore.MVStore;

import java.util.function.Supplier;

/**
 * The H2 backend commits in the background about once a second, so a crash could lose writes the client
 * was already told about. Committing after every command closes that window: an acknowledged write
 * is in the file before the acknowledgement leaves. A commit with nothing to write is a cheap no-op.
 * Reads commit too: another client's write is visible before its own commit, and a processor that read it
 * could act on it (send a mail) before a crash lost it; so what a read returns is in the file first.
 * Pages are compressed: the documents are mostly JSON text. The page cache is an eighth of the heap unless set
 * ({@link StorageProperties.FileUpkeep#pageCache}): with H2's own 16 MB, the due list and the search of ten thousand
 * contacts spent much of their time reading and decoding pages from the file again.
 */
final class DurableH2Backend extends IndexedH2Backend {

    private final String fileName;
    private final StorageProperties.FileUpkeep upkeep;
    private final StorageFaults faults;
    private final DataFileCompaction compaction;
    private volatile boolean closing;

    DurableH2Backend(String fileName, StorageProperties.FileUpkeep upkeep, StorageFaults faults) {
        super(open(fileName, upkeep));
        this.fileName = fileName;
        this.upkeep = upkeep;
        this.faults = faults;
        this.compaction = new DataFileCompaction(getMvStore(), upkeep);
    }

    private static MVStore open(String fileName, StorageProperties.FileUpkeep upkeep) {
        DataFileCompaction.removeUnfinishedCopy(fileName);
        MVStore store = new MVStore.Builder().fileName(fileName).compress()
                .cacheSize(upkeep.pageCacheMegabytes())
                .autoCompactFillRate(DataFileCompaction.ONLY_COMPACTION)
                .open();
        store.setRetentionTime((int) upkeep.retention().toMillis());
        return store;
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        return durably(() -> super.handleCommand(channel, databaseName, command, query));
    }

    @Override
    public Document handleMessage(MongoMessage message) {
        return durably(() -> super.handleMessage(message));
    }

    /**
     * Commits what the command wrote before it is answered. While it runs, the store version it reads is registered
     * as in use: the background compaction moves live pages out of old chunks, and a chunk is dropped once it is
     * older than the retention time unless a version in use still needs it. Without the registration, a read
     * longer than that (a scan of a large history while commands write) could find its chunk gone ("Chunk … not
     * found").
     */
    private Document durably(Supplier<Document> command) {
        MVStore store = getMvStore();
        MVStore.TxCounter reading = store.registerVersionUsage();
        try {
            Document result = command.get();
            commit();
            return result;
        } catch (RuntimeException e) {
            reportALostStore();
            throw e;
        } finally {
            if (!store.isClosed()) {
                store.deregisterVersionUsage(reading);
            }
        }
    }

    /** H2 closes its store for good when a write fails (a full disk); every later command would fail. */
    private void reportALostStore() {
        if (!closing && getMvStore().isClosed()) {
            faults.storeLost(reason(getMvStore().getPanicException()));
        }
    }

    static String reason(Throwable panic) {
        for (Throwable cause = panic; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && cause.getMessage().contains("No space left")) {
                return StorageFaults.DISK_FULL;
            }
            if (cause instanceof OutOfMemoryError) {
                return StorageFaults.HEAP_FULL;
            }
        }
        return "writing failed" + (panic == null ? "" : " (" + panic.getMessage() + ")");
    }

    @Override
    public void close() {
        closing = true;
        compaction.close();
        if (!getMvStore().isClosed()) {
            super.close();
            DataFileCompaction.compactClosedFile(fileName, upkeep);
        }
    }
}
