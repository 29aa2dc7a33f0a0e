package app.touchbase.platform.storage.index;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * A non-unique, compound, ordered index for the embedded server: every key of every document, sorted, so that
 * equality on a key prefix plus a range or {@code $in} on the next key reads only the matching stretch.
 * It only ever narrows the candidates; the collection still matches each candidate against the full query.
 */
public final class OrderedIndex<P> extends Index<P> {

    private static final Logger log = LoggerFactory.getLogger(OrderedIndex.class);

    /** Each key maps to one position, or to a {@link SeveralPositions} when documents share the key. */
    private final NavigableMap<KeyValue, Object> positionsByKey = new TreeMap<>(KeyOrder.INSTANCE);
    private final Map<P, Set<KeyValue>> keysByPosition = new HashMap<>();
    private final Map<KeyValue, P> positionsById = new HashMap<>();
    /** Documents with an empty array in a key have no key at all; every scan must still consider them. */
    private final Set<P> keyless = new HashSet<>();
    private long entryCount;
    private boolean multikey;
    private boolean unordered;

    public OrderedIndex(String name, List<IndexKey> keys, boolean sparse) {
        super(name, keys, sparse);
    }

    @Override
    public synchronized P getPosition(Document document) {
        return positionsById.get(idOf(document));
    }

    @Override
    public void checkAdd(Document document, MongoCollection<P> collection) {
        getKeyValues(document); // refuses parallel arrays before the document is stored
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
        multikey |= keys.size() != 1 || keys.stream().flatMap(KeyValue::stream).anyMatch(Collection.class::isInstance);
        if (!unordered) {
            try {
                keys.forEach(key -> addPosition(key, position));
            } catch (RuntimeException e) {
                // a value the comparator cannot order: queries on this index go back to the scan
                log.warn("Index {} cannot order {}; queries will scan instead", getName(), keys, e);
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
        positionsById.remove(idOf(oldDocument));
        removeKeysOf(position);
        add(newDocument, position, collection);
    }

    @Override
    public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<P> collection) {
        getKeyValues(newDocument);
    }

    /** The collection picks the index itself, because it also sees the sort: see {@link IndexChoice}. */
    @Override
    public boolean canHandle(Document query) {
        return false;
    }

    @Override
    public Iterable<P> getPositions(Document query) {
        return scanFor(FieldConditions.of(query)).map(this::positions)
                .orElseThrow(() -> new UnsupportedOperationException("index " + getName() + " cannot serve " + query));
    }

    synchronized Optional<IndexScan> scanFor(FieldConditions conditions) {
        return unordered ? Optional.empty() : IndexScan.plan(conditions, keys(), multikey);
    }

    /** The positions of all documents with a key in the scanned ranges, each once, in no particular order. */
    synchronized List<P> positions(IndexScan scan) {
        Set<P> positions = new LinkedHashSet<>(keyless);
        for (IndexScan.KeyRange range : scan.ranges(keys().size())) {
            stretch(range).values().forEach(value -> collectPositions(value, positions));
        }
        return new ArrayList<>(positions);
    }

    /**
     * Whether reading the scanned stretch in key order gives the query's sort: the sort names the index's keys after
     * the equality prefix, in the index's order, all in one direction. Empty when it does not; true when descending.
     */
    synchronized Optional<Boolean> readsInSortOrder(IndexScan scan, Document orderBy) {
        if (unordered || multikey || !keyless.isEmpty() || orderBy == null || scan.next() instanceof KeyCondition.In) {
            return Optional.empty();
        }
        List<String> prefixKeys = keys().subList(0, scan.equalPrefix().size());
        List<String> sortKeys = new ArrayList<>();
        Set<Integer> directions = new HashSet<>();
        for (Map.Entry<String, Object> sort : orderBy.entrySet()) {
            if (!(sort.getValue() instanceof Number direction) || direction.intValue() == 0) {
                return Optional.empty();
            }
            if (!prefixKeys.contains(sort.getKey())) {
                sortKeys.add(sort.getKey());
                directions.add(Integer.signum(direction.intValue()));
            }
        }
        boolean followsTheKeys = sortKeys.equals(keys().subList(prefixKeys.size(), keys().size()));
        return followsTheKeys && directions.size() == 1 ? Optional.of(directions.contains(-1)) : Optional.empty();
    }

    /**
     * The candidates read in key order, each group of equal keys whole, until {@code wanted} of them match: enough for
     * the server's own sort, skip and limit to give what a full scan gives (ties stay in its natural order).
     */
    synchronized List<P> firstPositions(IndexScan scan, boolean descending, long wanted, Predicate<P> matches) {
        NavigableMap<KeyValue, Object> stretch = stretch(scan.ranges(keys().size()).get(0));
        List<P> found = new ArrayList<>();
        long matched = 0;
        for (Object value : (descending ? stretch.descendingMap() : stretch).values()) {
            Set<P> group = new LinkedHashSet<>();
            collectPositions(value, group);
            found.addAll(group);
            matched += group.stream().filter(matches).count();
            if (matched >= wanted) {
                break;
            }
        }
        return found;
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

    @SuppressWarnings("unchecked")
    private void collectPositions(Object value, Set<P> into) {
        if (value instanceof SeveralPositions several) {
            several.positions.forEach(position -> into.add((P) position));
        } else {
            into.add((P) value);
        }
    }

    private boolean hasNoneOfTheKeys(Document document) {
        return keys().stream().allMatch(key -> Utils.getSubdocumentValueCollectionAware(document, key) instanceof Missing);
    }

    private static KeyValue idOf(Document document) {
        return new KeyValue(Collections.singletonList(document.get("_id"))).normalized();
    }

    private static final class SeveralPositions {
        private final Set<Object> positions = new HashSet<>();
    }
}
