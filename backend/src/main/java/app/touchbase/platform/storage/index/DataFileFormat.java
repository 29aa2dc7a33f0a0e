package app.touchbase.platform.storage.index;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.Cursor;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Set;
import java.util.TreeSet;

/**
 * How the embedded server's documents and unique indexes are stored in the H2 file: documents as BSON
 * ({@link StoredDocumentType}), positions and unique keys without Java serialization ({@link StoredPositionType},
 * {@link StoredUniqueKeyType}). A file written before is converted once, map by map, when it is opened.
 * <p>
 * A map is copied into a new one beside it, and the copy marked complete in a commit; then the old map is removed and
 * the copy takes its name. A stop at any point leaves either an unmarked copy, which is dropped and made again, or a
 * marked one, which takes the place of the old map at the next start. The file is marked converted only when every
 * map is.
 */
final class DataFileFormat {

    private static final Logger log = LoggerFactory.getLogger(DataFileFormat.class);

    /** The map names of the server's own H2 backend, which the maps opened here keep. */
    static final String DATA_PREFIX = "databases.";
    static final String UNIQUE_INDEX_INFIX = "._index_";

    /** Names with no dot: dropping a database removes every map named after it and a dot. */
    private static final String FORMAT_MAP = "touchbase-format";
    private static final String WHOLE_FILE = "documents";
    private static final String BSON = "bson";
    private static final String COPIED = "copied";
    private static final String COPY_PREFIX = "touchbase-converting:";

    private DataFileFormat() {
    }

    static MVMap.Builder<Object, Document> dataMap() {
        return new MVMap.Builder<Object, Document>().keyType(new StoredPositionType()).valueType(new StoredDocumentType());
    }

    static MVMap.Builder<KeyValue, Object> uniqueIndexMap() {
        return new MVMap.Builder<KeyValue, Object>().keyType(new StoredUniqueKeyType()).valueType(new StoredPositionType());
    }

    /** The store, with every map in this format. */
    static MVStore upgraded(MVStore store) {
        MVMap<String, String> format = store.openMap(FORMAT_MAP);
        if (BSON.equals(format.get(WHOLE_FILE))) {
            return store;
        }
        Set<String> toConvert = mapsToConvert(store, format);
        if (!toConvert.isEmpty()) {
            log.info("Converting the data file to the current format ({} maps); this happens once", toConvert.size());
        }
        long start = System.nanoTime();
        long entries = 0;
        for (String name : toConvert) {
            entries += convert(store, format, name);
        }
        format.clear();
        format.put(WHOLE_FILE, BSON);
        store.commit();
        if (!toConvert.isEmpty()) {
            log.info("Converted the data file: {} entries in {} ms", entries, (System.nanoTime() - start) / 1_000_000);
        }
        return store;
    }

    private static Set<String> mapsToConvert(MVStore store, MVMap<String, String> format) {
        Set<String> names = new TreeSet<>();
        for (String name : store.getMapNames()) {
            if (!name.startsWith(COPY_PREFIX) && (name.startsWith(DATA_PREFIX) || name.contains(UNIQUE_INDEX_INFIX))) {
                names.add(name);
            }
        }
        format.forEach((name, state) -> {
            if (COPIED.equals(state)) {
                names.add(name);
            }
        });
        return names;
    }

    private static long convert(MVStore store, MVMap<String, String> format, String name) {
        String copyName = COPY_PREFIX + name;
        long copied = 0;
        if (!COPIED.equals(format.get(name))) {
            if (store.hasMap(copyName)) {
                store.removeMap(copyName);
            }
            copied = copy(store.openMap(name), store.openMap(copyName, builderFor(name)));
            format.put(name, COPIED);
            store.commit();
        }
        if (store.hasMap(copyName)) {
            if (store.hasMap(name)) {
                store.removeMap(name);
            }
            store.renameMap(store.openMap(copyName, builderFor(name)), name);
            store.commit();
        }
        return copied;
    }

    @SuppressWarnings("unchecked")
    private static MVMap.Builder<Object, Object> builderFor(String name) {
        return (MVMap.Builder<Object, Object>) (MVMap.Builder<?, ?>) (name.startsWith(DATA_PREFIX) ? dataMap() : uniqueIndexMap());
    }

    private static long copy(MVMap<Object, Object> from, MVMap<Object, Object> to) {
        long count = 0;
        for (Cursor<Object, Object> cursor = from.cursor(null); cursor.hasNext(); count++) {
            Object key = cursor.next();
            to.put(key, cursor.getValue());
        }
        return count;
    }
}
