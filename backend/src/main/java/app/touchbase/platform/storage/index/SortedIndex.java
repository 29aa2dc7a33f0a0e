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
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A non-unique, compound, ordered index for the embedded server: every key of every document, sorted, so that
 * equality on a key prefix plus a range or {@code $in} on the next key reads only the matching stretch.
 * It only ever narrows the candidates; the collection still matches each candidate against the full query.
 * Where the keys are kept is up to the subclass: the heap ({@link OrderedIndex}) or the H2 file ({@link StoredOrderedIndex}).
 */
public abstract class SortedIndex<P> extends Index<P> {

    private static final Logger log = LoggerFactory.getLogger(SortedIndex.class);

    protected SortedIndex(String name, List<IndexKey> keys, boolean sparse) {
        super(name, keys, sparse);
    }

    /** The fields of the index's keys, in its order. */
    List<String> keyFields() {
        return keys();
    }

    /** Some document has an array in a key: its keys then come in no single order a sort could use. */
    abstract boolean multikey();

    /** A value the comparator cannot order was met: queries go back to the scan. */
    abstract boolean unordered();

    /**
     * What the documents this index was given held at its top-level keys. The keys alone do not say it: a text and an
     * array holding only that text give the same key, and an update between the two leaves the keys as they were.
     */
    enum ValueKind {
        ONE_VALUE, ARRAY_OF_TEXTS, OTHER_ARRAY;

        /** Null for nothing (a missing field or null). */
        static ValueKind of(Object value) {
            if (value == null || value instanceof Missing) {
                return null;
            }
            if (value instanceof List<?> elements) {
                return elements.stream().allMatch(String.class::isInstance) ? ARRAY_OF_TEXTS : OTHER_ARRAY;
            }
            return ONE_VALUE;
        }
    }

    /**
     * Whether some document this index was given held a value of this kind at this top-level key, or whether that is
     * unknown (a key within a field; an index filled before the kinds were noted). Once seen, a kind stays seen, even
     * after that document is gone, which is never wrong.
     */
    abstract boolean mayHaveSeen(String key, ValueKind kind);

    /** Every document held, at this key, nothing or an array of texts: {@code $elemMatch} there is a range of keys. */
    boolean onlyArraysOfTextsAt(String key) {
        return !mayHaveSeen(key, ValueKind.ONE_VALUE) && !mayHaveSeen(key, ValueKind.OTHER_ARRAY);
    }

    /** No document held an array at any of the index's keys, not even one of a single value. */
    boolean neverAnArray() {
        return keys().stream().noneMatch(key -> mayHaveSeen(key, ValueKind.ARRAY_OF_TEXTS) || mayHaveSeen(key, ValueKind.OTHER_ARRAY));
    }

    /** The kind of value the document holds at each top-level key. */
    Map<String, ValueKind> valueKinds(Document document) {
        Map<String, ValueKind> kinds = new HashMap<>();
        for (String key : keys()) {
            ValueKind kind = key.contains(".") ? null : ValueKind.of(document.getOrMissing(key));
            if (kind != null) {
                kinds.put(key, kind);
            }
        }
        return kinds;
    }

    /** Documents with an empty array in a key have no key at all; every scan must still consider them. */
    abstract Collection<P> keylessPositions();

    /**
     * Visits the keys within the range in key order (or the reverse), each with all positions that have it, until
     * the visitor says stop.
     */
    abstract void visitKeys(IndexScan.KeyRange range, boolean descending, KeyVisitor<P> visitor);

    /** Called once the collection has given the index every document it holds. */
    void filled() {
    }

    interface KeyVisitor<P> {
        /** @return whether to go on */
        boolean visit(KeyValue key, Collection<P> positions);
    }

    @Override
    public void checkAdd(Document document, MongoCollection<P> collection) {
        getKeyValues(document); // refuses parallel arrays before the document is stored
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

    /** A sparse index leaves out documents that have none of its keys. */
    boolean holdsEveryDocument() {
        return !isSparse();
    }

    synchronized Optional<IndexScan> scanFor(FieldConditions conditions) {
        return unordered() ? Optional.empty() : IndexScan.plan(conditions, keys(), multikey());
    }

    /** The positions of all documents with a key in the scanned ranges, each once, in no particular order. */
    synchronized List<P> positions(IndexScan scan) {
        Set<P> positions = new LinkedHashSet<>(keylessPositions());
        visitScan(scan, (key, atKey) -> {
            if (scan.admits(key)) {
                positions.addAll(atKey);
            }
            return true;
        });
        return new ArrayList<>(positions);
    }

    /** Visits the keys of every range the scan reads, in key order, until the visitor says stop: false when it did. */
    synchronized boolean visitScan(IndexScan scan, KeyVisitor<P> visitor) {
        for (IndexScan.KeyRange range : scan.ranges(keys().size())) {
            boolean[] goOn = {true};
            visitKeys(range, false, (key, atKey) -> goOn[0] = visitor.visit(key, atKey));
            if (!goOn[0]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether reading the scanned stretch in key order gives the query's sort: the sort names the index's keys after
     * the equality prefix, in the index's order (all of them or the first few), all in one direction. Empty when it
     * does not.
     */
    synchronized Optional<SortedReading> readsInSortOrder(IndexScan scan, Document orderBy) {
        if (unordered() || multikey() || !keylessPositions().isEmpty() || orderBy == null
                || scan.next() instanceof KeyCondition.In) {
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
        List<String> otherKeys = keys().subList(prefixKeys.size(), keys().size());
        boolean followsTheKeys = sortKeys.isEmpty() ? otherKeys.isEmpty()
                : sortKeys.size() <= otherKeys.size() && sortKeys.equals(otherKeys.subList(0, sortKeys.size()));
        return followsTheKeys && directions.size() <= 1
                ? Optional.of(new SortedReading(directions.contains(-1), prefixKeys.size() + sortKeys.size()))
                : Optional.empty();
    }

    /**
     * The candidates read in key order, each group of keys that tie in the sort whole, until {@code wanted} of them
     * match: enough for the server's own sort, skip and limit to give what a full scan gives (ties stay in its natural
     * order).
     */
    synchronized List<P> firstPositions(IndexScan scan, SortedReading reading, long wanted, Predicate<P> matches) {
        List<P> found = new ArrayList<>();
        long[] matched = {0};
        KeyValue[] lastWanted = {null};
        visitKeys(scan.ranges(keys().size()).get(0), reading.descending(), (key, atKey) -> {
            if (lastWanted[0] != null && KeyOrder.INSTANCE.compareFirst(lastWanted[0], key, reading.sortedKeys()) != 0) {
                return false;
            }
            if (!scan.admits(key)) {
                return true;
            }
            found.addAll(atKey);
            matched[0] += atKey.stream().filter(matches).count();
            if (lastWanted[0] == null && matched[0] >= wanted) {
                lastWanted[0] = key;
            }
            return true;
        });
        return found;
    }

    /** Reading an index in key order gives a sort: in this direction, ordered by this many leading keys. */
    record SortedReading(boolean descending, int sortedKeys) {
    }

    /** An update that leaves every key as it was (most read-model updates) changes nothing in the index. */
    boolean keysUnchanged(Document oldDocument, Document newDocument) {
        boolean oldIndexed = !(isSparse() && hasNoneOfTheKeys(oldDocument));
        boolean newIndexed = !(isSparse() && hasNoneOfTheKeys(newDocument));
        return oldIndexed == newIndexed && (!oldIndexed || nullAwareEqualsKeys(oldDocument, newDocument));
    }

    /** The keys themselves stay out of the log: they are owners' addresses, names, ids. */
    void reportUnordered(RuntimeException e) {
        log.warn("Index {} met a value it cannot order ({}); queries on it will scan instead", getName(),
                e.getClass().getSimpleName());
    }

    boolean hasNoneOfTheKeys(Document document) {
        return keys().stream().allMatch(key -> Utils.getSubdocumentValueCollectionAware(document, key) instanceof Missing);
    }

    static boolean isMultikey(Set<KeyValue> keys) {
        return keys.size() != 1 || keys.stream().flatMap(KeyValue::stream).anyMatch(Collection.class::isInstance);
    }
}
