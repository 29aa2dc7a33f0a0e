package app.touchbase.platform.storage.index;

import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.memory.index.MemoryUniqueIndex;

import java.util.List;

/** The in-memory server's unique index on one key, looked up by value ({@link UniqueKeyLookup}). */
final class LookedUpMemoryIndex extends MemoryUniqueIndex implements UniqueKeyLookup<Integer> {

    LookedUpMemoryIndex(String name, List<IndexKey> keys, boolean sparse) {
        super(name, keys, sparse);
    }

    @Override
    public Integer positionOfKey(KeyValue key) {
        return getPosition(key);
    }
}
