package app.touchbase.platform.storage.index;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.DocumentWithPosition;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.QueryParameters;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.NoopOplog;
import de.bwaldvogel.mongo.oplog.Oplog;
import org.h2.mvstore.MVMap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** In the H2 file a document's position is its key in the data map, and a scan walks the map in key order. */
final class IndexedH2Collection extends H2Collection {

    private final MVMap<Object, Document> dataMap;
    private final Comparator<Object> naturalOrder;
    private final QuickMatcher quickMatcher = new QuickMatcher();
    private final QueriesAnsweredByScan scans;

    IndexedH2Collection(MongoDatabase database, String collectionName, CollectionOptions options,
                        MVMap<Object, Document> dataMap, MVMap<String, Object> metaMap, CursorRegistry cursorRegistry,
                        QueriesAnsweredByScan scans) {
        super(database, collectionName, options, dataMap, metaMap, cursorRegistry);
        this.dataMap = dataMap;
        this.naturalOrder = dataMap.getKeyType()::compare;
        this.scans = scans;
    }

    /** A client's find gets copies, in batches of at most 16 MB; the server's own reads get every stored document. */
    @Override
    public synchronized QueryResult handleQuery(QueryParameters queryParameters) {
        return ClientFinds.answer(getCollectionName(), () -> super.handleQuery(queryParameters), cursorRegistry);
    }

    @Override
    protected QueryResult matchDocumentsFromStream(Document query, Stream<Document> documents, int numberToSkip, int limit,
                                                   int batchSize, Comparator<Document> order, Document fieldSelector) {
        return TopLevelExclusion.around((batch, selector) -> super.matchDocumentsFromStream(query, documents, numberToSkip,
                limit, batch, order, selector), fieldSelector, batchSize, this::createQueryResult);
    }

    @Override
    protected QueryResult queryDocuments(Document query, Document orderBy, int numberToSkip, int limit,
                                         int batchSize, Document fieldSelector) {
        if (IndexChoice.inNaturalOrder(orderBy)) {
            // the server's own unique-key lookup would answer in key order, not in the order asked for
            return matchDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
        }
        Optional<List<Document>> covered = CoveredReads.keyDocuments(getIndexes(), query, orderBy, limit, fieldSelector,
                naturalOrder);
        if (covered.isPresent()) {
            return matchDocumentsFromStream(covered.get().stream(), query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
        }
        return IndexChoice.candidates(getIndexes(), query, orderBy, numberToSkip, limit, naturalOrder,
                        position -> documentMatchesQuery(getDocument(position), query))
                .map(positions -> matchDocuments(query, positions, orderBy, numberToSkip, limit, batchSize, fieldSelector))
                // IndexChoice asked the server's own lookups first: what none of them serves is scanned
                .orElseGet(() -> matchDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector));
    }

    /**
     * A client's scan in the map's own order, asked for in batches, is read batch by batch ({@link BatchedScan}). The
     * server's own reads (for an update, a delete, a count) ask for no batch size and still get every document at once.
     * Every whole read comes here, so here it is recorded.
     */
    @Override
    protected QueryResult matchDocuments(Document query, Document orderBy, int numberToSkip, int limit, int batchSize,
                                         Document fieldSelector) {
        scans.record(getCollectionName(), query, orderBy);
        boolean inKeyOrder = deriveComparator(orderBy) == null && !isNaturalDescending(orderBy);
        if (batchSize > 0 && limit >= 0 && inKeyOrder && (fieldSelector == null || fieldSelector.isEmpty())) {
            return BatchedScan.start(cursorRegistry, this, dataMap, document -> documentMatchesQuery(document, query),
                    numberToSkip, limit, batchSize);
        }
        return super.matchDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
    }

    /**
     * Deleting every document (a read model emptied before a rebuild) empties the data map and each index map at once.
     * The server's own way reads every document into memory, then takes each out of every index, one by one: at 100 000
     * events that held a whole collection in the heap for seconds. Anything narrower, or a collection with an index that
     * cannot be emptied so, goes the server's way.
     */
    @Override
    public synchronized int deleteDocuments(Document selector, int limit, Oplog oplog) {
        boolean everyDocument = selector.isEmpty() && limit == 0 && oplog instanceof NoopOplog;
        List<ClearableIndex> indexes = everyDocument ? clearableIndexes() : null;
        if (indexes == null) {
            return super.deleteDocuments(selector, limit, oplog);
        }
        int deleted = dataMap.size();
        indexes.forEach(ClearableIndex::clear);
        dataMap.clear();
        updateDataSize(-getDataSize());
        return deleted;
    }

    /** Every index of the collection, the parts of a compound unique one apart; null when one cannot be emptied at once. */
    private List<ClearableIndex> clearableIndexes() {
        List<ClearableIndex> clearable = new ArrayList<>();
        for (Index<Object> index : getIndexes()) {
            List<Index<Object>> parts = index instanceof OrderedUniqueIndex<Object> both
                    ? List.of(both.unique(), both.ordered()) : List.of(index);
            for (Index<Object> part : parts) {
                if (!(part instanceof ClearableIndex emptied)) {
                    return null;
                }
                clearable.add(emptied);
            }
        }
        return clearable;
    }

    /** Once the server has given a new or reopened index every document, a stored one counts as complete. */
    @Override
    public void addIndex(Index<Object> index) {
        super.addIndex(index);
        if (index instanceof SortedIndex<Object> sorted) {
            sorted.filled();
        } else if (index instanceof OrderedUniqueIndex<Object> unique) {
            unique.ordered().filled();
        }
    }

    Stream<DocumentWithPosition<Object>> documentsWithPositions() {
        return streamAllDocumentsWithPosition();
    }

    @Override
    public Document handleDistinct(Document query) {
        return DistinctValues.answer(query, getIndexes(), filter -> queryDocuments(filter, null, 0, 0, 0, null));
    }

    @Override
    protected boolean documentMatchesQuery(Document document, Document query) {
        return quickMatcher.matches(document, query);
    }
}
