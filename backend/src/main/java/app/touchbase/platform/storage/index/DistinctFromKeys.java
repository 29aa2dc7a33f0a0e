package app.touchbase.platform.storage.index;

import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.bson.Document;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A {@code distinct} answered from the keys of one index, no document read, when those keys decide the whole query
 * and hold the field asked for: each person's id read from the keys of the touches whose notes have a word, instead
 * of from the thousands of touches themselves. Only one shape is answered so, the one whose keys say exactly what the
 * server's matcher would: equality to a text, an id or a boolean on the index's first keys, then optionally an
 * {@code $elemMatch} between two texts on a key where every document holds nothing or an array of texts, and no other
 * condition. The field, a top-level one, must hold only texts or ids. Anything else is answered from the documents.
 */
final class DistinctFromKeys {

    private DistinctFromKeys() {
    }

    static <P> Optional<Set<Object>> values(List<Index<P>> indexes, Document filter, String field) {
        Optional<Map<String, Object>> conditions = plainConditions(filter);
        if (conditions.isEmpty() || field.contains(".")) {
            return Optional.empty();
        }
        FieldConditions fieldConditions = FieldConditions.of(filter);
        for (Index<P> index : indexes) {
            SortedIndex<P> ordered = IndexChoice.orderedView(index);
            if (ordered == null || !ordered.keyFields().contains(field)) {
                continue;
            }
            Optional<IndexScan> scan = decidingScan(ordered, fieldConditions, conditions.get());
            int keyIndex = ordered.keyFields().indexOf(field);
            // the array's keys are its words within the bounds; the server gives every word of each touch found
            boolean theRangesKey = scan.isPresent() && scan.get().next() != null && keyIndex == scan.get().equalPrefix().size();
            if (scan.isPresent() && !theRangesKey) {
                Optional<Set<Object>> values = valuesAt(ordered, scan.get(), keyIndex);
                if (values.isPresent()) {
                    return values;
                }
            }
        }
        return Optional.empty();
    }

    /** The query's conditions by field, when it is a plain list of them (top-level or in {@code $and}), one per field. */
    private static Optional<Map<String, Object>> plainConditions(Document filter) {
        Map<String, Object> byField = new HashMap<>();
        return collect(filter, byField) ? Optional.of(byField) : Optional.empty();
    }

    private static boolean collect(Document query, Map<String, Object> byField) {
        for (Map.Entry<String, Object> entry : query.entrySet()) {
            if (entry.getKey().equals("$and") && entry.getValue() instanceof List<?> parts) {
                for (Object part : parts) {
                    if (!(part instanceof Document document) || !collect(document, byField)) {
                        return false;
                    }
                }
            } else if (entry.getKey().startsWith("$") || byField.putIfAbsent(entry.getKey(), entry.getValue()) != null) {
                return false;
            }
        }
        return true;
    }

    /** The index's scan, when it uses every condition and the keys it reads decide each of them. */
    private static <P> Optional<IndexScan> decidingScan(SortedIndex<P> index, FieldConditions fieldConditions,
                                                        Map<String, Object> conditions) {
        Optional<IndexScan> planned = index.scanFor(fieldConditions);
        if (planned.isEmpty()) {
            return Optional.empty();
        }
        IndexScan scan = planned.get();
        int used = scan.equalPrefix().size() + (scan.next() == null ? 0 : 1);
        List<String> usedKeys = index.keyFields().subList(0, used);
        if (!Set.copyOf(usedKeys).equals(conditions.keySet()) || usedKeys.size() != conditions.size()) {
            return Optional.empty();
        }
        for (String key : usedKeys.subList(0, scan.equalPrefix().size())) {
            if (!QuickCheck.isOneValue(conditions.get(key))) {
                return Optional.empty();
            }
        }
        if (scan.next() != null) {
            String rangeKey = usedKeys.get(used - 1);
            // one lower and one upper bound, both texts: {$elemMatch: {$gte: "ki", $lt: "kj"}}
            boolean decided = scan.next() instanceof KeyCondition.Range range && range.oneElement()
                    && range.lower() instanceof String && range.upper() instanceof String
                    && conditions.get(rangeKey) instanceof Document operators && operators.size() == 1
                    && operators.get("$elemMatch") instanceof Document bounds && bounds.size() == 2
                    && index.onlyArraysOfTextsAt(rangeKey);
            if (!decided) {
                return Optional.empty();
            }
        }
        return Optional.of(scan);
    }

    /** The field's values in the scanned keys, each once; empty when one of them is not a text or an id. */
    private static <P> Optional<Set<Object>> valuesAt(SortedIndex<P> index, IndexScan scan, int keyIndex) {
        Set<Object> values = new LinkedHashSet<>();
        boolean plain = index.visitScan(scan, (key, positions) -> {
            Object value = key.get(keyIndex);
            if (!(value instanceof String || value instanceof UUID)) {
                return false;
            }
            values.add(value);
            return true;
        });
        return plain ? Optional.of(values) : Optional.empty();
    }
}
