package app.touchbase.platform.storage.index;

import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A find read from the keys of one index, no stored document read: when the query, its sort and its projection name
 * only top-level fields the index's keys hold, each key gives a document of those fields, which the server's own
 * matching, sorting and projection then treat as they would the stored one. The sort keys (name and id) of the
 * thousands of people a search in notes finds are read so, instead of looking up each card by its id.
 * <p>
 * The keys must hold each field exactly: an index whose documents ever had an array in a key (even one of a single
 * value, whose key looks like the value's) is not used, nor a stretch with a key of null (which stands for a missing
 * field too) or of a value the index stores otherwise than the document (numbers, all kept as doubles; embedded
 * documents). A find with a limit keeps the
 * index's own way, which reads only the first keys in the sort's order.
 */
final class CoveredReads {

    /** Against a lookup by unique key, the keys read must stay within this many times the values looked up. */
    private static final int KEYS_PER_LOOKUP = 4;

    private CoveredReads() {
    }

    static <P> Optional<List<Document>> keyDocuments(List<Index<P>> indexes, Document query, Document orderBy, int limit,
                                                     Document fieldSelector, Comparator<? super P> naturalOrder) {
        if (limit > 0) {
            return Optional.empty();
        }
        // most finds name no projection: that answer comes first, before any index is asked
        Optional<Set<String>> fields = fieldsNamed(query, orderBy, fieldSelector);
        if (fields.isEmpty() || indexes.stream().anyMatch(index -> index.canHandle(query))) {
            return Optional.empty();
        }
        FieldConditions conditions = FieldConditions.of(query);
        int narrowest = 0;
        SortedIndex<P> covering = null;
        IndexScan coveringScan = null;
        for (Index<P> index : indexes) {
            SortedIndex<P> ordered = IndexChoice.orderedView(index);
            Optional<IndexScan> scan = ordered == null ? Optional.empty() : ordered.scanFor(conditions);
            if (scan.isEmpty()) {
                continue;
            }
            narrowest = Math.max(narrowest, scan.get().selectivity());
            if (holdsExactly(ordered, fields.get())
                    && (coveringScan == null || scan.get().selectivity() > coveringScan.selectivity())) {
                covering = ordered;
                coveringScan = scan.get();
            }
        }
        if (covering == null || coveringScan.selectivity() < narrowest) {
            return Optional.empty();
        }
        long budget = IndexChoice.uniqueLookups(indexes, conditions).map(count -> (long) KEYS_PER_LOOKUP * count)
                .orElse(Long.MAX_VALUE);
        return documentsOf(covering, coveringScan, budget, naturalOrder);
    }

    /** Every field the query, the sort and the projection name: empty when one is not a plain top-level field. */
    private static Optional<Set<String>> fieldsNamed(Document query, Document orderBy, Document fieldSelector) {
        if (fieldSelector == null || fieldSelector.isEmpty()) {
            return Optional.empty();
        }
        Set<String> fields = new HashSet<>();
        boolean withId = true;
        boolean includes = false;
        for (Map.Entry<String, Object> field : fieldSelector.entrySet()) {
            if (!(field.getValue() instanceof Boolean || field.getValue() instanceof Number)) {
                return Optional.empty(); // an operator ($slice, $elemMatch) or an expression
            }
            boolean included = Boolean.TRUE.equals(field.getValue())
                    || field.getValue() instanceof Number number && number.doubleValue() != 0;
            if (field.getKey().equals("_id") && !included) {
                withId = false;
            } else if (!included || !isPlainField(field.getKey())) {
                return Optional.empty();
            }
            includes |= included;
            fields.add(field.getKey());
        }
        if (!includes) {
            return Optional.empty(); // {_id: 0} alone leaves every other field of the stored document
        }
        if (withId) {
            fields.add("_id");
        }
        if (orderBy != null) {
            for (String sorted : orderBy.keySet()) {
                if (!isPlainField(sorted)) {
                    return Optional.empty();
                }
                fields.add(sorted);
            }
        }
        return collect(query, fields) ? Optional.of(fields) : Optional.empty();
    }

    private static boolean collect(Document query, Set<String> fields) {
        for (Map.Entry<String, Object> entry : query.entrySet()) {
            String key = entry.getKey();
            if (List.of("$and", "$or", "$nor").contains(key) && entry.getValue() instanceof List<?> parts) {
                for (Object part : parts) {
                    if (!(part instanceof Document document) || !collect(document, fields)) {
                        return false;
                    }
                }
            } else if (isPlainField(key)) {
                fields.add(key);
            } else {
                return false;
            }
        }
        return true;
    }

    private static boolean isPlainField(String field) {
        return !field.startsWith("$") && !field.contains(".");
    }

    /** Every document the index holds has one key, which holds each of these fields as the document does. */
    private static boolean holdsExactly(SortedIndex<?> index, Set<String> fields) {
        return index.holdsEveryDocument() && !index.multikey() && index.neverAnArray() && !index.unordered()
                && index.keylessPositions().isEmpty() && index.keyFields().containsAll(fields);
    }

    private static <P> Optional<List<Document>> documentsOf(SortedIndex<P> index, IndexScan scan, long budget,
                                                            Comparator<? super P> naturalOrder) {
        if (budget < Long.MAX_VALUE && !withinBudget(index, scan, budget)) {
            return Optional.empty();
        }
        List<String> keyFields = index.keyFields();
        List<Map.Entry<P, Document>> found = new ArrayList<>();
        boolean covered = index.visitScan(scan, (key, positions) -> {
            if (!scan.admits(key)) {
                return true;
            }
            Document document = documentOf(key, keyFields);
            if (document == null) {
                return false;
            }
            positions.forEach(position -> found.add(Map.entry(position, document)));
            return true;
        });
        if (!covered) {
            return Optional.empty();
        }
        found.sort(Map.Entry.comparingByKey(naturalOrder));
        return Optional.of(found.stream().map(Map.Entry::getValue).toList());
    }

    /** Counted before any document is made: a stretch too long for the lookups it would replace costs little. */
    private static <P> boolean withinBudget(SortedIndex<P> index, IndexScan scan, long budget) {
        long[] keys = {0};
        return index.visitScan(scan, (key, positions) -> (keys[0] += positions.size()) <= budget);
    }

    /** The key's fields as a document, or null when one of them may differ from the stored document's value. */
    private static Document documentOf(KeyValue key, List<String> keyFields) {
        Document document = new Document();
        for (int i = 0; i < keyFields.size(); i++) {
            Object value = key.get(i);
            if (!IndexableValues.keptAsItIs(value)) {
                return null;
            }
            document.put(keyFields.get(i), value);
        }
        return document;
    }
}
