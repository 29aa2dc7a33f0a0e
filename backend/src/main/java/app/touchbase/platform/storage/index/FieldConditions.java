package app.touchbase.platform.storage.index;

import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.Document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The conditions a query puts on single fields that every matching document meets: its top-level fields and
 * those inside a top-level {@code $and}. Any one of them may narrow the candidates; the full query still
 * decides which candidates match, so conditions ignored here ($or, $not, an $elemMatch other than comparisons, ...) cost speed, never results.
 */
final class FieldConditions {

    private static final Set<String> REGEX_OPERATORS = Set.of("$regex", "$options");

    private final Map<String, List<Object>> byField = new LinkedHashMap<>();

    private FieldConditions() {
    }

    static FieldConditions of(Document query) {
        FieldConditions conditions = new FieldConditions();
        conditions.collect(query);
        return conditions;
    }

    private void collect(Document query) {
        for (Map.Entry<String, Object> entry : query.entrySet()) {
            String field = entry.getKey();
            if (field.equals("$and") && entry.getValue() instanceof List<?> parts) {
                parts.stream().filter(Document.class::isInstance).map(Document.class::cast).forEach(this::collect);
            } else if (!field.startsWith("$")) {
                add(field, entry.getValue());
            }
        }
    }

    /**
     * A field equal to an embedded document ({@code associations: {key: k, value: v}}, the saga store's lookup) is that
     * document, or an array holding it: either way {@code associations.key} is {@code k} and {@code associations.value}
     * is {@code v}, which an index on those paths can look up.
     */
    private void add(String field, Object queried) {
        byField.computeIfAbsent(field, f -> new ArrayList<>()).add(queried);
        if (isPlainDocument(queried)) {
            ((Document) queried).forEach((key, value) -> {
                // inside an embedded document {$gt: 1} is a value to equal, not a comparison: such a field is left out
                if (!(value instanceof Document) || isPlainDocument(value)) {
                    add(field + "." + key, value);
                }
            });
        }
    }

    private static boolean isPlainDocument(Object value) {
        return value instanceof Document document && !document.isEmpty()
                && document.keySet().stream().noneMatch(key -> key.startsWith("$") || key.contains("."));
    }

    /**
     * The most selective usable condition on the field. On a multikey index a document matches a range when some
     * element meets the lower bound and some, maybe another, the upper: only one bound of a range is safe there,
     * unless {@code $elemMatch} asks both of one element. The server matches a regular expression against an array's
     * elements and against its written form as a whole, which no single key holds: a multikey index cannot judge it.
     */
    Optional<KeyCondition> on(String field, boolean multikey) {
        List<KeyCondition> conditions = byField.getOrDefault(field, List.of()).stream()
                .map(FieldConditions::condition)
                .flatMap(Optional::stream)
                .filter(condition -> !(multikey && condition instanceof KeyCondition.Matches))
                .toList();
        Optional<KeyCondition> chosen = conditions.stream().filter(KeyCondition.Equal.class::isInstance).findFirst()
                .or(() -> conditions.stream().filter(KeyCondition.In.class::isInstance).findFirst())
                .or(() -> conditions.stream().filter(KeyCondition.Range.class::isInstance).findFirst())
                .or(() -> conditions.stream().findFirst());
        if (multikey) {
            return chosen.map(c -> c instanceof KeyCondition.Range range ? range.withoutUpperBoundIfLowerPresent() : c);
        }
        return chosen;
    }

    private static Optional<KeyCondition> condition(Object queried) {
        if (queried instanceof BsonRegularExpression expression) {
            return matches(expression);
        }
        if (queried instanceof Document operators) {
            return operators.keySet().stream().allMatch(key -> key.startsWith("$"))
                    ? fromOperators(operators)
                    : Optional.empty();
        }
        return equal(queried);
    }

    private static Optional<KeyCondition> fromOperators(Document operators) {
        if (operators.containsKey("$eq")) {
            return equal(operators.get("$eq"));
        }
        if (operators.get("$in") instanceof List<?> values) {
            return in(values);
        }
        if (operators.size() == 1 && operators.get("$elemMatch") instanceof Document element) {
            return rangeOfOneElement(element);
        }
        if (operators.get("$regex") instanceof String pattern && REGEX_OPERATORS.containsAll(operators.keySet())
                && operators.getOrDefault("$options", "") instanceof String options) {
            return matches(new BsonRegularExpression(pattern, options));
        }
        return range(operators, false);
    }

    /** An expression the server would refuse is left to the server, which says why. */
    private static Optional<KeyCondition> matches(BsonRegularExpression expression) {
        try {
            expression.matcher("");
            return Optional.of(new KeyCondition.Matches(expression));
        } catch (RuntimeException refused) {
            return Optional.empty();
        }
    }

    /** {@code $elemMatch} with comparisons only, such as {@code {$gte: "ki", $lt: "kj"}}: an element within both bounds. */
    private static Optional<KeyCondition> rangeOfOneElement(Document element) {
        boolean comparisonsOnly = !element.isEmpty()
                && element.keySet().stream().allMatch(key -> List.of("$gte", "$gt", "$lte", "$lt").contains(key));
        return comparisonsOnly ? range(element, true) : Optional.empty();
    }

    private static Optional<KeyCondition> range(Document operators, boolean oneElement) {
        Optional<Bound> lower = bound(operators, "$gte", "$gt");
        Optional<Bound> upper = bound(operators, "$lte", "$lt");
        if (lower.isEmpty() && upper.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new KeyCondition.Range(
                lower.map(Bound::value).orElse(null), lower.map(Bound::inclusive).orElse(false),
                upper.map(Bound::value).orElse(null), upper.map(Bound::inclusive).orElse(false), oneElement));
    }

    private record Bound(Object value, boolean inclusive) {
    }

    private static Optional<Bound> bound(Document operators, String inclusive, String exclusive) {
        Object value = IndexableValues.normalized(operators.get(inclusive));
        if (value != null) {
            return Optional.of(new Bound(value, true));
        }
        return Optional.ofNullable(IndexableValues.normalized(operators.get(exclusive))).map(v -> new Bound(v, false));
    }

    private static Optional<KeyCondition> equal(Object value) {
        return Optional.ofNullable(IndexableValues.normalized(value)).map(KeyCondition.Equal::new);
    }

    private static Optional<KeyCondition> in(List<?> values) {
        List<Object> normalized = new ArrayList<>();
        for (Object value : values) {
            Object indexable = IndexableValues.normalized(value);
            if (indexable == null) {
                return Optional.empty();
            }
            normalized.add(indexable);
        }
        return normalized.isEmpty() ? Optional.empty() : Optional.of(new KeyCondition.In(normalized));
    }
}
