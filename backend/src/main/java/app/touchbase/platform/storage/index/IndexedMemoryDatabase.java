package app.touchbase.platform.storage.index;

import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.DatabaseResolver;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.memory.MemoryCollection;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;
import io.netty.channel.Channel;

import java.util.List;

final class IndexedMemoryDatabase extends MemoryDatabase {

    private final QueriesAnsweredByScan scans;

    IndexedMemoryDatabase(String databaseName, CursorRegistry cursorRegistry, QueriesAnsweredByScan scans) {
        super(databaseName, cursorRegistry);
        this.scans = scans;
        super.initializeNamespacesAndIndexes();
    }

    /** The parent constructor opens the first collection before this class has its fields: open it afterwards. */
    @Override
    protected void initializeNamespacesAndIndexes() {
        if (scans != null) {
            super.initializeNamespacesAndIndexes();
        }
    }

    @Override
    protected MemoryCollection openOrCreateCollection(String collectionName, CollectionOptions options) {
        return new IndexedMemoryCollection(this, collectionName, options, cursorRegistry, scans);
    }

    @Override
    protected Index<Integer> openOrCreateSecondaryIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                        boolean sparse) {
        return new OrderedIndex<>(indexName, keys, sparse);
    }

    /** A single-key unique index finds its equalities and $in itself; a compound one gets an ordered copy. */
    @Override
    protected Index<Integer> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                     boolean sparse) {
        if (keys.size() == 1) {
            return new LookedUpMemoryIndex(indexName, keys, sparse);
        }
        return OrderedUniqueIndex.over(super.openOrCreateUniqueIndex(collectionName, indexName, keys, sparse), sparse);
    }

    /** A client's find is read as the client's ({@link ClientFinds}). */
    @Override
    public Document handleCommand(Channel channel, String command, Document query, DatabaseResolver databaseResolver,
                                  Oplog oplog) {
        return ClientFinds.during(command, query, () -> super.handleCommand(channel, command, query, databaseResolver, oplog));
    }
}
