package app.touchbase.platform.storage.index;

import app.touchbase.platform.mongo.IdOrder;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.ValueComparator;

import java.time.Instant;
import java.util.Comparator;
import java.util.UUID;

/** Orders index keys field by field the way the query matcher compares values. */
final class KeyOrder implements Comparator<KeyValue> {

    static final KeyOrder INSTANCE = new KeyOrder();

    private KeyOrder() {
    }

    @Override
    public int compare(KeyValue a, KeyValue b) {
        return compareFirst(a, b, a.size());
    }

    /** Compares only the first {@code keyCount} fields. */
    int compareFirst(KeyValue a, KeyValue b, int keyCount) {
        for (int i = 0; i < keyCount; i++) {
            int cmp = compareValues(a.get(i), b.get(i));
            if (cmp != 0) {
                return cmp;
            }
        }
        return 0;
    }

    /**
     * Two values of the kinds most keys hold (text, ids, instants) compared as the query matcher would, without its
     * walk through the order of types, and ids without printing both as text: the matcher orders ids by their text,
     * which, in fixed-width lower-case hex, is their 128 bits read as unsigned. Anything else goes to the matcher.
     */
    static int compareValues(Object a, Object b) {
        if (a instanceof String first && b instanceof String second) {
            return first.compareTo(second);
        }
        if (a instanceof UUID first && b instanceof UUID second) {
            return IdOrder.AS_STORED.compare(first, second);
        }
        if (a instanceof Instant first && b instanceof Instant second) {
            return first.compareTo(second);
        }
        return ValueComparator.ascWithoutListHandling().compare(a, b);
    }
}
