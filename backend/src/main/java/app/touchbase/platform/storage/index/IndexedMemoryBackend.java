package app.touchbase.platform.storage.index;

import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;

import java.time.Clock;

/** The embedded in-memory server, with real secondary indexes. */
public final class IndexedMemoryBackend extends MemoryBackend implements IndexedBackend {

    private final QueriesAnsweredByScan scans = new QueriesAnsweredByScan();

    public IndexedMemoryBackend() {
    }

    public IndexedMemoryBackend(Clock clock) {
        super(clock);
    }

    @Override
    public MemoryDatabase openOrCreateDatabase(String databaseName) {
        return new IndexedMemoryDatabase(databaseName, getCursorRegistry(), scans);
    }

    @Override
    public QueriesAnsweredByScan queriesAnsweredByScan() {
        return scans;
    }
}
