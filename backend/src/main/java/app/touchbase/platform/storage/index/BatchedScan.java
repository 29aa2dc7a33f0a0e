package app.touchbase.platform.storage.index;

import de.bwaldvogel.mongo.backend.AbstractCursor;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.Cursor;
import org.h2.mvstore.MVMap;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A scan of the H2 data map in key order that reads one batch per request. The server would otherwise read every
 * matching document of the collection into memory at once and hold them until the client has taken them all: a
 * history of a hundred thousand events is more than a small heap holds. Each batch goes on after the last key read,
 * so a document comes at most once, and one written meanwhile after that key is still found. Each batch is read while
 * the collection is held, and copied ({@link BoundedBatches#copies}): an update changes a stored document in place.
 */
final class BatchedScan extends AbstractCursor {

    /** What a request that names no batch size gets, as from MongoDB's first batch. */
    static final int DEFAULT_BATCH = 101;

    private final Object collection;
    private final MVMap<Object, Document> documents;
    private final Predicate<Document> matches;
    private Object lastKey;
    private long toSkip;
    private long toReturn;
    private boolean exhausted;

    private BatchedScan(long id, Object collection, MVMap<Object, Document> documents, Predicate<Document> matches,
                        int skip, int limit) {
        super(id);
        this.collection = collection;
        this.documents = documents;
        this.matches = matches;
        this.toSkip = Math.max(0, skip);
        this.toReturn = limit > 0 ? limit : Long.MAX_VALUE;
    }

    /**
     * Started while {@code collection}, the monitor its updates hold, is held. The first batch is copied with the rest
     * of the client's reply ({@link BoundedBatches#of}); the later ones are copied here.
     */
    static QueryResult start(CursorRegistry cursors, Object collection, MVMap<Object, Document> documents,
                             Predicate<Document> matches, int skip, int limit, int batchSize) {
        BatchedScan scan = new BatchedScan(cursors.generateCursorId(), collection, documents, matches, skip, limit);
        List<Document> firstBatch = scan.nextBatch(batchSize);
        if (scan.isEmpty()) {
            return new QueryResult(firstBatch);
        }
        cursors.add(scan);
        return new QueryResult(firstBatch, scan);
    }

    @Override
    public synchronized boolean isEmpty() {
        return exhausted;
    }

    @Override
    public synchronized List<Document> takeDocuments(int numberToReturn) {
        synchronized (collection) {
            return BoundedBatches.copies(nextBatch(numberToReturn));
        }
    }

    private List<Document> nextBatch(int numberToReturn) {
        int wanted = numberToReturn > 0 ? numberToReturn : DEFAULT_BATCH;
        List<Document> batch = new ArrayList<>();
        Cursor<Object, Document> keys = documents.cursor(lastKey);
        while (batch.size() < wanted && toReturn > 0 && keys.hasNext()) {
            Object key = keys.next();
            if (lastKey != null && documents.getKeyType().compare(key, lastKey) == 0) {
                continue;
            }
            lastKey = key;
            Document document = keys.getValue();
            if (document == null || !matches.test(document)) {
                continue;
            }
            if (toSkip > 0) {
                toSkip--;
                continue;
            }
            batch.add(document);
            toReturn--;
        }
        exhausted = toReturn == 0 || !keys.hasNext();
        return batch;
    }
}
