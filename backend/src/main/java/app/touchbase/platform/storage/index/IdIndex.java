package app.touchbase.platform.storage.index;

import de.bwaldvogel.mongo.backend.IndexKey;

import java.util.List;

/** The primary key index already serves lookups by _id; an ordered copy of it would only cost memory. */
final class IdIndex {

    private IdIndex() {
    }

    static boolean isFor(List<IndexKey> keys) {
        return keys.size() == 1 && keys.get(0).getKey().equals("_id");
    }
}
