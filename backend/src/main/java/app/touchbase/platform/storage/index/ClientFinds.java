package app.touchbase.platform.storage.index;

import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.bson.Document;

import java.util.function.Supplier;

/**
 * The server reads a collection through the same method for a client's find as for its own work: a find-and-modify,
 * a delete, an aggregation read the stored documents through it and act on them, and need every one of them. Only a
 * client's find gets its documents copied and cut into batches ({@link BoundedBatches}).
 */
final class ClientFinds {

    private static final ThreadLocal<String> FINDING_IN = new ThreadLocal<>();

    private ClientFinds() {
    }

    /** A database's command; a find marks its collection's next read as the client's. */
    static Document during(String command, Document query, Supplier<Document> handling) {
        if (!command.equalsIgnoreCase("find") || !(query.get(command) instanceof String collection)) {
            return handling.get();
        }
        FINDING_IN.set(collection);
        try {
            return handling.get();
        } finally {
            FINDING_IN.remove();
        }
    }

    /** Called while the collection is held, so a client's copies are taken before an update can change a document. */
    static QueryResult answer(String collectionName, Supplier<QueryResult> read, CursorRegistry cursors) {
        if (!collectionName.equals(FINDING_IN.get())) {
            return read.get();
        }
        FINDING_IN.remove();
        return BoundedBatches.of(read.get(), cursors);
    }
}
