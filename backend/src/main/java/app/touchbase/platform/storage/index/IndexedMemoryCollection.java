package app.touchbase.platform.storage.index;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.QueryParameters;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.memory.MemoryCollection;
import de.bwaldvogel.mongo.bson.Document;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** In memory a document's position is its slot, and a scan walks the slots in order. */
final class IndexedMemoryCollection extends MemoryCollection {

    private final QuickMatcher quickMatcher = new QuickMatcher();
    private final QueriesAnsweredByScan scans;

    IndexedMemoryCollection(MongoDatabase database, String collectionName, CollectionOptions options,
                            CursorRegistry cursorRegistry, QueriesAnsweredByScan scans) {
        super(database, collectionName, options, cursorRegistry);
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
                Comparator.<Integer>naturalOrder());
        if (covered.isPresent()) {
            return matchDocumentsFromStream(covered.get().stream(), query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
        }
        return IndexChoice.candidates(getIndexes(), query, orderBy, numberToSkip, limit, Comparator.<Integer>naturalOrder(),
                        position -> documentMatchesQuery(getDocument(position), query))
                .map(positions -> matchDocuments(query, positions, orderBy, numberToSkip, limit, batchSize, fieldSelector))
                // IndexChoice asked the server's own lookups first: what none of them serves is scanned
                .orElseGet(() -> matchDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector));
    }

    /** Every whole read of the collection comes here, whichever way the query took. */
    @Override
    protected QueryResult matchDocuments(Document query, Document orderBy, int numberToSkip, int limit, int batchSize,
                                         Document fieldSelector) {
        scans.record(getCollectionName(), query, orderBy);
        return super.matchDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
    }

    @Override
    public synchronized Document handleDistinct(Document query) {
        return DistinctValues.answer(query, getIndexes(), filter -> queryDocuments(filter, null, 0, 0, 0, null));
    }

    @Override
    protected boolean documentMatchesQuery(Document document, Document query) {
        return quickMatcher.matches(document, query);
    }
}
