package app.touchbase.platform.storage.index;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.DocumentWithPosition;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;

import java.util.Comparator;
import java.util.stream.Stream;

/** In the H2 file a document's position is its key in the data map, and a scan walks the map in key order. */
final class IndexedH2Collection extends H2Collection {

    private final Comparator<Object> naturalOrder;
    private final LongNotInLists notIn = new LongNotInLists();

    IndexedH2Collection(MongoDatabase database, String collectionName, CollectionOptions options,
                        MVMap<Object, Document> dataMap, MVMap<String, Object> metaMap, CursorRegistry cursorRegistry) {
        super(database, collectionName, options, dataMap, metaMap, cursorRegistry);
        this.naturalOrder = dataMap.getKeyType()::compare;
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

    Stream<DocumentWithPosition<Object>> documentsWithPositions() {
        return streamAllDocumentsWithPosition();
    }

    @Override
    protected boolean documentMatchesQuery(Document document, Document query) {
        return notIn.matches(document, query);
    }
}
