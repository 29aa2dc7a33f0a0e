package app.touchbase.platform.storage.index;

import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.bson.Document;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A projection that only leaves top-level fields out ({@code exclude("touches")}), made by copying the document's other
 * top-level fields. The server's own copies the whole document deeply before it removes them: for the due list,
 * thousands of rows, that cost more than finding them. The copy shares the values below the top with the stored
 * document, as a read without a projection shares all of it.
 */
final class TopLevelExclusion {

    private TopLevelExclusion() {
    }

    /** The fields left out, when that is all the projection does. */
    static Optional<Set<String>> of(Document fieldSelector) {
        if (fieldSelector == null || fieldSelector.isEmpty()) {
            return Optional.empty();
        }
        for (Map.Entry<String, Object> field : fieldSelector.entrySet()) {
            if (field.getKey().startsWith("$") || field.getKey().contains(".") || !leftOut(field.getValue())) {
                return Optional.empty();
            }
        }
        return Optional.of(Set.copyOf(fieldSelector.keySet()));
    }

    private static boolean leftOut(Object value) {
        return Boolean.FALSE.equals(value) || value instanceof Number number && number.doubleValue() == 0;
    }

    /**
     * The server's matching, sorting, skip and limit, then this projection; empty when the projection is another kind,
     * which the server makes.
     */
    static Optional<QueryResult> matching(Stream<Document> documents, Predicate<Document> matches, Comparator<Document> order,
                                          int numberToSkip, int limit, Document fieldSelector,
                                          BiFunction<List<Document>, Integer, QueryResult> result, int batchSize) {
        return of(fieldSelector).map(excluded -> {
            Stream<Document> matched = documents.filter(matches);
            if (order != null) {
                matched = matched.sorted(order);
            }
            if (numberToSkip > 0) {
                matched = matched.skip(numberToSkip);
            }
            if (limit > 0) {
                matched = matched.limit(limit);
            }
            return result.apply(matched.map(document -> without(document, excluded)).collect(Collectors.toList()), batchSize);
        });
    }

    static Document without(Document document, Set<String> excluded) {
        Document kept = new Document();
        document.forEach((field, value) -> {
            if (!excluded.contains(field)) {
                kept.put(field, value);
            }
        });
        return kept;
    }
}
