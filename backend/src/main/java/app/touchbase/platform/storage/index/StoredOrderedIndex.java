package app.touchbase.platform.storage.index;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.MaxKey;
import de.bwaldvogel.mongo.bson.MinKey;
import org.h2.mvstore.Cursor;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * A {@link SortedIndex} kept in the H2 file beside the collection's documents, written in the same commits: it is
 * there as it was at the last commit when the file is opened again, so a start does not read the documents to
 * rebuild it, and the heap does not grow with the history. Each entry is one key of one document, with the document's
 * position (its {@code _id}) as the last value, so documents that share a key are neighbours in the map.
 * <p>
 * An index is filled from the documents when it is created on a collection that has some, or when a file written
 * before indexes were stored is opened. It counts as complete only once the collection has filled it: one found
 * incomplete when the file is opened (the store may commit in the background while it is filled, and the process may
 * stop before it is done) is emptied and filled again, never used with keys missing.
 */
final class StoredOrderedIndex extends SortedIndex<Object> implements ClearableIndex {

    private static final String MULTIKEY = "multikey";
    private static final String UNORDERED = "unordered";
    private static final String COMPLETE = "complete";
    /** Set when the index is filled afresh: an index filled before the kinds of values were noted knows none of them. */
    private static final String VALUES_TRACKED = "valuesTracked";
    private static final String KIND_SEEN = "kindSeen.";

    private final MVStore store;
    private final MVMap<KeyValue, Boolean> entries;
    private final MVMap<Object, Boolean> keyless;
    private final MVMap<String, Boolean> flags;

    StoredOrderedIndex(MVStore store, String mapName, String name, List<IndexKey> keys, boolean sparse) {
        super(name, keys, sparse);
        this.store = store;
        this.entries = store.openMap(mapName, new MVMap.Builder<KeyValue, Boolean>().keyType(new StoredKeyType()));
        this.keyless = store.openMap(mapName + ".keyless");
        this.flags = store.openMap(mapName + ".flags");
        if (!flags.containsKey(COMPLETE)) {
            entries.clear();
            keyless.clear();
            flags.clear();
            flags.put(VALUES_TRACKED, Boolean.TRUE);
        }
    }

    /** Until it is complete it reads as empty, so the collection fills it. */
    @Override
    public boolean isEmpty() {
        return !flags.containsKey(COMPLETE) || super.isEmpty();
    }

    @Override
    void filled() {
        flags.put(COMPLETE, Boolean.TRUE);
    }

    @Override
    boolean multikey() {
        return flags.containsKey(MULTIKEY);
    }

    @Override
    boolean unordered() {
        return flags.containsKey(UNORDERED);
    }

    @Override
    boolean mayHaveSeen(String key, ValueKind kind) {
        return key.contains(".") || !flags.containsKey(VALUES_TRACKED) || flags.containsKey(KIND_SEEN + kind + "." + key);
    }

    private void noteKinds(Document document) {
        valueKinds(document).forEach((key, kind) -> {
            if (!flags.containsKey(KIND_SEEN + kind + "." + key)) {
                flags.put(KIND_SEEN + kind + "." + key, Boolean.TRUE);
            }
        });
    }

    @Override
    Collection<Object> keylessPositions() {
        return keyless.keySet();
    }

    @Override
    public synchronized Object getPosition(Document document) {
        Object position = positionOf(document);
        if (isSparse() && hasNoneOfTheKeys(document)) {
            return null;
        }
        Set<KeyValue> keys = getKeyValues(document);
        if (keys.isEmpty()) {
            return keyless.containsKey(position) ? position : null;
        }
        return unordered() || entries.containsKey(entry(keys.iterator().next(), position)) ? position : null;
    }

    @Override
    public synchronized void add(Document document, Object position, MongoCollection<Object> collection) {
        if (isSparse() && hasNoneOfTheKeys(document)) {
            return;
        }
        Set<KeyValue> keys = getKeyValues(document);
        if (keys.isEmpty()) {
            keyless.put(position, Boolean.TRUE);
        }
        if (isMultikey(keys) && !multikey()) {
            flags.put(MULTIKEY, Boolean.TRUE);
        }
        noteKinds(document);
        if (unordered()) {
            return;
        }
        try {
            keys.forEach(key -> entries.put(entry(key, position), Boolean.TRUE));
        } catch (RuntimeException e) {
            // a value the comparator cannot order: queries on this index go back to the scan
            reportUnordered(e);
            flags.put(UNORDERED, Boolean.TRUE);
            entries.clear();
        }
    }

    @Override
    public synchronized Object remove(Document document) {
        if (isSparse() && hasNoneOfTheKeys(document)) {
            return null;
        }
        Object position = positionOf(document);
        Set<KeyValue> keys = getKeyValues(document);
        boolean removed = keyless.remove(position) != null;
        if (!unordered()) {
            for (KeyValue key : keys) {
                removed |= entries.remove(entry(key, position)) != null;
            }
        }
        return removed || unordered() ? position : null;
    }

    @Override
    public synchronized void updateInPlace(Document oldDocument, Document newDocument, Object position,
                                           MongoCollection<Object> collection) {
        if (keysUnchanged(oldDocument, newDocument)) {
            noteKinds(newDocument);
            return;
        }
        remove(oldDocument);
        add(newDocument, position, collection);
    }

    @Override
    synchronized void visitKeys(IndexScan.KeyRange range, boolean descending, KeyVisitor<Object> visitor) {
        KeyValue from = entry(range.from(), range.fromInclusive() ? MinKey.getInstance() : MaxKey.getInstance());
        KeyValue to = entry(range.to(), range.toInclusive() ? MaxKey.getInstance() : MinKey.getInstance());
        if (KeyOrder.INSTANCE.compare(from, to) > 0) {
            return;
        }
        Cursor<KeyValue, Boolean> cursor = descending ? entries.cursor(to, from, true) : entries.cursor(from, to, false);
        int keyCount = keys().size();
        KeyValue groupKey = null;
        List<Object> group = new ArrayList<>();
        while (cursor.hasNext()) {
            KeyValue stored = cursor.next();
            if (groupKey == null || KeyOrder.INSTANCE.compareFirst(groupKey, stored, keyCount) != 0) {
                if (groupKey != null && !visitor.visit(groupKey, group)) {
                    return;
                }
                groupKey = keyOf(stored);
                group = new ArrayList<>();
            }
            group.add(stored.get(keyCount));
        }
        if (groupKey != null) {
            visitor.visit(groupKey, group);
        }
    }

    @Override
    public long getCount() {
        return entries.sizeAsLong() + keyless.sizeAsLong();
    }

    @Override
    public long getDataSize() {
        return 0;
    }

    /**
     * The multikey and unordered flags stay: an index once marked so keeps reading as such, which is never wrong. The
     * kinds of value start afresh, an emptied index has been given none: so a rebuild of the read models lets an index
     * filled before the kinds were noted answer from its keys.
     */
    @Override
    public synchronized void clear() {
        entries.clear();
        keyless.clear();
        List<String> kinds = flags.keySet().stream().filter(flag -> flag.startsWith(KIND_SEEN)).toList();
        kinds.forEach(flags::remove);
        flags.put(VALUES_TRACKED, Boolean.TRUE);
    }

    @Override
    public synchronized void drop() {
        store.removeMap(entries);
        store.removeMap(keyless);
        store.removeMap(flags);
    }

    /** In the H2 backend a document's position is its {@code _id}, the key of its entry in the data map. */
    private static Object positionOf(Document document) {
        return Utils.getSubdocumentValue(document, "_id");
    }

    private static KeyValue entry(KeyValue key, Object position) {
        List<Object> values = new ArrayList<>(key.size() + 1);
        key.forEach(values::add);
        values.add(position);
        return new KeyValue(values);
    }

    private static KeyValue keyOf(KeyValue entry) {
        return new KeyValue(entry.stream().limit(entry.size() - 1).toList());
    }
}
