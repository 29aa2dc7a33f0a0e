package app.touchbase.platform.storage.index;

import de.bwaldvogel.mongo.backend.KeyValue;

import java.util.Collections;

/**
 * A single-key unique index that finds a key by its value alone. The server's own lookup takes a document and reads
 * the key out of it as it would for a stored one; for the thousands of ids in a long {@code $in} that cost more, in
 * time and in garbage, than the lookups themselves.
 */
interface UniqueKeyLookup<P> {

    /** The position of the document whose key is this value, as an index lookup normalizes it; null when none. */
    P positionOfKey(KeyValue key);

    static KeyValue keyOf(Object normalizedValue) {
        return new KeyValue(Collections.singletonList(normalizedValue));
    }
}
