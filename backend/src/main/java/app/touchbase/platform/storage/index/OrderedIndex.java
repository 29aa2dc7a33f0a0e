package app.touchbase.platform.storage.index;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/** A {@link SortedIndex} kept in the heap: the in-memory server's, which holds its documents there too. */
public final class OrderedIndex<P> extends SortedIndex<P> {


    /** Each key maps to one position, or to a {@link SeveralPositions} when documents share the key. */
    private final NavigableMap<KeyValue, Object> positionsByKey = new TreeMap<>(KeyOrder.INSTANCE);
    private final Map<P, Set<KeyValue>> keysByPosition = new HashMap<>();
    private final Map<KeyValue, P> positionsById = new HashMap<>();
    private final Set<P> keyless = new HashSet<>();
    private final Map<String, EnumSet<ValueKind>> kindsSeen = new HashMap<>();
    private long entryCount;
    private boolean multikey;
    private boolean unordered;

    public OrderedIndex(String name, List<IndexKey> keys, boolean sparse) {
        super(name, keys, sparse);
    }

    @Override
    boolean multikey() {
        return multikey;
    }

    @Override
    boolean unordered() {
        return unordered;
    }

    @Override
    synchronized boolean mayHaveSeen(String key, ValueKind kind) {
        return key.contains(".") || kindsSeen.getOrDefault(key, EnumSet.noneOf(ValueKind.class)).contains(kind);
    }

    private void noteKinds(Document document) {
        valueKinds(document).forEach((key, kind) -> kindsSeen.computeIfAbsent(key, k -> EnumSet.noneOf(ValueKind.class)).add(kind));
    }

    @Override
    Collection<P> keylessPositions() {
        return keyless;
    }

    @Override
    public synchronized P getPosition(Document document) {
        return positionsById.get(idOf(document));
    }

    @Override
    public synchronized void add(Document document, P position, MongoCollection<P> collection) {
        if (isSparse() && hasNoneOfTheKeys(document)) {
            return;
        }
        Set<KeyValue> keys = getKeyValues(document);
        positionsById.put(idOf(document), position);
        keysByPosition.put(position, keys);
        entryCount += keys.size();
        if (keys.isEmpty()) {
            keyless.add(position);
        }
        multikey |= isMultikey(keys);
        noteKinds(document);
        if (!unordered) {
            try {
                keys.forEach(key -> addPosition(key, position));
            } catch (RuntimeException e) {
                // a value the comparator cannot order: queries on this index go back to the scan
                reportUnordered(e);
                unordered = true;
                positionsByKey.clear();
            }
        }
    }

    @Override
    public synchronized P remove(Document document) {
        P position = positionsById.remove(idOf(document));
        if (position != null) {
            removeKeysOf(position);
        }
        return position;
    }

    @Override
    public synchronized void updateInPlace(Document oldDocument, Document newDocument, P position,
                                           MongoCollection<P> collection) {
        if (keysUnchanged(oldDocument, newDocument) && keysByPosition.containsKey(position)) {
            noteKinds(newDocument);
            return;
        }
        positionsById.remove(idOf(oldDocument));
        removeKeysOf(position);
        add(newDocument, position, collection);
    }

    @Override
    @SuppressWarnings("unchecked")
    synchronized void visitKeys(IndexScan.KeyRange range, boolean descending, KeyVisitor<P> visitor) {
        NavigableMap<KeyValue, Object> stretch = stretch(range);
        for (Map.Entry<KeyValue, Object> entry : (descending ? stretch.descendingMap() : stretch).entrySet()) {
            Collection<P> positions = entry.getValue() instanceof SeveralPositions several
                    ? (Collection<P>) (Collection<?>) several.positions
                    : List.of((P) entry.getValue());
            if (!visitor.visit(entry.getKey(), positions)) {
                return;
            }
        }
    }

    /** The keys within the range; none when the range is empty (a sub-map would refuse bounds out of order). */
    private NavigableMap<KeyValue, Object> stretch(IndexScan.KeyRange range) {
        int order = KeyOrder.INSTANCE.compare(range.from(), range.to());
        if (order > 0 || (order == 0 && !(range.fromInclusive() && range.toInclusive()))) {
            return Collections.emptyNavigableMap();
        }
        return positionsByKey.subMap(range.from(), range.fromInclusive(), range.to(), range.toInclusive());
    }

    @Override
    public synchronized long getCount() {
        return entryCount;
    }

    @Override
    public long getDataSize() {
        return 0;
    }

    @Override
    public synchronized void drop() {
        positionsByKey.clear();
        keysByPosition.clear();
        positionsById.clear();
        keyless.clear();
        kindsSeen.clear();
        entryCount = 0;
    }

    private void addPosition(KeyValue key, P position) {
        Object existing = positionsByKey.get(key);
        if (existing == null) {
            positionsByKey.put(key, position);
        } else if (existing instanceof SeveralPositions several) {
            several.positions.add(position);
        } else {
            SeveralPositions several = new SeveralPositions();
            several.positions.add(existing);
            several.positions.add(position);
            positionsByKey.put(key, several);
        }
    }

    private void removeKeysOf(P position) {
        Set<KeyValue> keys = keysByPosition.remove(position);
        if (keys == null) {
            return;
        }
        entryCount -= keys.size();
        keyless.remove(position);
        if (unordered) {
            return;
        }
        for (KeyValue key : keys) {
            Object existing = positionsByKey.get(key);
            if (existing instanceof SeveralPositions several) {
                several.positions.remove(position);
                if (several.positions.size() == 1) {
                    positionsByKey.put(key, several.positions.iterator().next());
                }
            } else if (existing != null && existing.equals(position)) {
                positionsByKey.remove(key);
            }
        }
    }

    private static KeyValue idOf(Document document) {
        return new KeyValue(Collections.singletonList(document.get("_id"))).normalized();
    }

    private static final class SeveralPositions {
        private final Set<Object> positions = new HashSet<>();
    }
}
