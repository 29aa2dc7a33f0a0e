package app.touchbase.platform.storage.index;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.ObjectId;

import java.time.Instant;
import java.util.Collections;
import java.util.UUID;

/**
 * The query values an index lookup may use. Anything else (null, which also matches a missing field; arrays and
 * documents, which compare as a whole; regular expressions; exotic numbers) is left to the scan.
 */
final class IndexableValues {

    private IndexableValues() {
    }

    /** A value an index keeps as it is: its key holds the document's value itself, not a normalized form. */
    static boolean keptAsItIs(Object value) {
        return value instanceof String || value instanceof Boolean || value instanceof Instant
                || value instanceof UUID || value instanceof ObjectId;
    }

    /** The value as the index stores it, or null when a lookup by it could miss a matching document. */
    static Object normalized(Object value) {
        if (keptAsItIs(value)) {
            return value;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Double) {
            Object normalized = new KeyValue(Collections.singletonList(value)).normalized().get(0);
            // a long beyond double precision compares inconsistently with doubles
            return normalized instanceof Double number && !number.isNaN() ? normalized : null;
        }
        return null;
    }
}
