package app.touchbase.platform.storage.index;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.DocumentWithPosition;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;

import java.util.Comparator;
import java.util.stream.Stream;

/** In the H2 file a document's position is its key in the data map, and a scan walks the map in key order. */
final class IndexedH2Collection extends H2Collection {

    private final MVMap<Object, Document> dataMap;
    private final Comparator<Object> naturalOrder;
    private final LongNotInLists notIn = new LongNotInLists();
    private final QueriesAnsweredByScan scans;

    IndexedH2Collection(MongoDatabase database, String collectionName, CollectionOptions options,
                        MVMap<Object, Document> dataMap, MVMap<String, Object> metaMap, CursorRegistry cursorRegistry,
                        QueriesAnsweredByScan scans) {
        super(database, collectionName, options, dataMap, metaMap, cursorRegistry);
        this.dataMap = dataMap;
        this.naturalOrder = dataMap.getKeyType()::compare;
        this.scans = scans;
    }

    @Override
    protected QueryResult queryDocuments(Document query, Document orderBy, int numberToSkip, int limit,
                                         int batchSize, Document fieldSelector) {
        if (IndexChoice.inNaturalOrder(orderBy)) {
            // the server's own unique-key lookup would answer in key order, not in the order asked for
            return matchDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
        }
        return IndexChoice.candidates(getIndexes(), query, orderBy, numberToSkip, limit, naturalOrder,
                        position -> documentMatchesQuery(getDocument(position), query))
                .map(positions -> matchDocuments(query, positions, orderBy, numberToSkip, limit, batchSize, fieldSelector))
                .orElseGet(() -> super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector));
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
            return BatchedScan.start(cursorRegistry, dataMap, document -> documentMatchesQuery(document, query),
                    numberToSkip, limit, batchSize);
        }
        return super.matchDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
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
    protected boolean documentMatchesQuery(Document document, Document query) {
        return notIn.matches(document, query);
    }
}
