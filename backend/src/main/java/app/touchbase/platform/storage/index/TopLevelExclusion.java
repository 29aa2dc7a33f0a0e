package app.touchbase.platform.storage.index;

import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.bson.Document;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

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

    /** The server's own matching, sorting, skip and limit, with the batch size and projection given. */
    interface Reading {
        QueryResult read(int batchSize, Document fieldSelector);
    }

    /** What the server's reading gives, with this projection made here when it is one, cut into batches as asked. */
    static QueryResult around(Reading server, Document fieldSelector, int batchSize,
                              BiFunction<List<Document>, Integer, QueryResult> result) {
        return of(fieldSelector)
                .map(excluded -> result.apply(server.read(0, null).collectDocuments().stream()
                        .map(document -> without(document, excluded)).collect(Collectors.toList()), batchSize))
                .orElseGet(() -> server.read(batchSize, fieldSelector));
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
