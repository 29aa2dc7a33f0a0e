package app.touchbase.platform.storage.index;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.ValueComparator;

import java.util.Comparator;

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
            int cmp = ValueComparator.ascWithoutListHandling().compare(a.get(i), b.get(i));
            if (cmp != 0) {
                return cmp;
            }
        }
        return 0;
    }
}
