package app.touchbase.platform.storage.index;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.h2.mvstore.MVStore;

/** The embedded server on an H2 file, with real secondary indexes and its documents stored as BSON ({@link DataFileFormat}). */
public class IndexedH2Backend extends H2Backend implements IndexedBackend {

    /**
     * No initializer: the parent constructor opens the databases already in the file, which create this first, and an
     * initializer would then replace it.
     */
    private QueriesAnsweredByScan scans;

    public IndexedH2Backend(String fileName) {
        this(MVStore.open(fileName));
    }

    public IndexedH2Backend(MVStore mvStore) {
        super(DataFileFormat.upgraded(mvStore));
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new IndexedH2Database(databaseName, getMvStore(), getCursorRegistry(), queriesAnsweredByScan());
    }

    @Override
    public synchronized QueriesAnsweredByScan queriesAnsweredByScan() {
        if (scans == null) {
            scans = new QueriesAnsweredByScan();
        }
        return scans;
    }
}
