package app.touchbase.platform.storage.index;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.DatabaseResolver;
import de.bwaldvogel.mongo.backend.DocumentWithPosition;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;
import io.netty.channel.Channel;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

import java.util.List;
import java.util.stream.Stream;

/**
 * The ordered indexes are kept in the H2 file beside the data ({@link StoredOrderedIndex}), so opening the file does
 * not rebuild them; a file written before they were stored gets them built once from its documents.
 */
final class IndexedH2Database extends H2Database {

    // the same map names as the H2 backend's own
    private static final String META_PREFIX = "meta.";

    private final MVStore mvStore;
    private final QueriesAnsweredByScan scans;

    IndexedH2Database(String databaseName, MVStore mvStore, CursorRegistry cursorRegistry,
                      QueriesAnsweredByScan scans) {
        super(databaseName, mvStore, cursorRegistry);
        this.mvStore = mvStore;
        this.scans = scans;
        super.initializeNamespacesAndIndexes();
    }

    /** The parent constructor opens the collections before this class has its store: open them afterwards. */
    @Override
    protected void initializeNamespacesAndIndexes() {
        if (mvStore != null) {
            super.initializeNamespacesAndIndexes();
        }
    }

    @Override
    protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
        String fullName = getFullCollectionNamespace(collectionName);
        MVMap<Object, Document> dataMap = mvStore.openMap(DataFileFormat.DATA_PREFIX + fullName, DataFileFormat.dataMap());
        MVMap<String, Object> metaMap = mvStore.openMap(META_PREFIX + fullName);
        return new IndexedH2Collection(this, collectionName, options, dataMap, metaMap, cursorRegistry, scans);
    }

    @Override
    protected Index<Object> openOrCreateSecondaryIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                       boolean sparse) {
        return new StoredOrderedIndex(mvStore, mapNameForOrderedIndex(collectionName, indexName), indexName, keys, sparse);
    }

    /**
     * The server's unique index, in the data file's format. A single-key one finds its equalities and $in itself; a
     * compound one gets an ordered copy.
     */
    @Override
    protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                    boolean sparse) {
        Index<Object> unique = new StoredUniqueIndex(mvStore, mapNameForUniqueIndex(collectionName, indexName), indexName,
                keys, sparse);
        if (keys.size() == 1) {
            return unique;
        }
        StoredOrderedIndex ordered = new StoredOrderedIndex(mvStore, mapNameForOrderedIndex(collectionName, indexName),
                indexName, keys, sparse);
        return OrderedUniqueIndex.reopened(unique, ordered, sparse, () -> documentsOf(collectionName));
    }

    /** The server's own name for it: dropping the index removes the map. */
    private String mapNameForUniqueIndex(String collectionName, String indexName) {
        return getFullCollectionNamespace(collectionName) + DataFileFormat.UNIQUE_INDEX_INFIX + indexName;
    }

    /** Under the collection's namespace, as the server's own index maps: dropping the database drops them too. */
    private String mapNameForOrderedIndex(String collectionName, String indexName) {
        return getFullCollectionNamespace(collectionName) + "._ordered_" + indexName;
    }

    private Stream<DocumentWithPosition<Object>> documentsOf(String collectionName) {
        MongoCollection<Object> collection = resolveCollection(collectionName, false);
        return collection instanceof IndexedH2Collection indexed ? indexed.documentsWithPositions() : Stream.empty();
    }

    /** A client's find is read as the client's ({@link ClientFinds}). */
    @Override
    public Document handleCommand(Channel channel, String command, Document query, DatabaseResolver databaseResolver,
                                  Oplog oplog) {
        return ClientFinds.during(command, query, () -> super.handleCommand(channel, command, query, databaseResolver, oplog));
    }
}
