package app.touchbase.platform.storage.index;

import de.bwaldvogel.mongo.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The shapes of the queries the embedded server answered by reading a whole collection, because no index narrowed
 * them: the collection, the fields with their operators, the sort. A shape never holds a value, so it names nothing
 * personal. Each new one is logged once (debug); a test lists those the application may issue.
 */
public final class QueriesAnsweredByScan {

    private static final Logger LOG = LoggerFactory.getLogger(QueriesAnsweredByScan.class);

    /** Shapes are few; this only bounds a client that builds a new one for every query. */
    static final int KEPT = 1_000;

    private final Set<String> shapes = ConcurrentHashMap.newKeySet();

    void record(String collection, Document query, Document orderBy) {
        if (shapes.size() >= KEPT) {
            return;
        }
        String shape = shapeOf(collection, query, orderBy);
        if (shapes.add(shape)) {
            LOG.debug("Answered by reading the whole collection: {}", shape);
        }
    }

    public SortedSet<String> shapes() {
        return new TreeSet<>(shapes);
    }

    public void clear() {
        shapes.clear();
    }

    static String shapeOf(String collection, Document query, Document orderBy) {
        String sort = orderBy == null || orderBy.isEmpty() ? "" : " sorted by " + String.join(", ", orderBy.keySet());
        return collection + " " + query(query == null ? new Document() : query) + sort;
    }

    private static String query(Document query) {
        return query.entrySet().stream()
                .map(entry -> entry.getKey() + ": " + (List.of("$and", "$or", "$nor").contains(entry.getKey())
                        ? parts(entry.getValue()) : condition(entry.getValue())))
                .collect(Collectors.joining(", ", "{", "}"));
    }

    private static String parts(Object parts) {
        if (!(parts instanceof List<?> list)) {
            return "?";
        }
        return list.stream().map(part -> part instanceof Document document ? query(document) : "?")
                .distinct().collect(Collectors.joining(", ", "[", "]"));
    }

    /** Operators are kept, values are not; an embedded document to equal is a value. */
    private static String condition(Object condition) {
        if (!isOperators(condition)) {
            return "?";
        }
        return ((Document) condition).entrySet().stream()
                .map(entry -> entry.getKey() + ": " + inner(entry))
                .collect(Collectors.joining(", ", "{", "}"));
    }

    private static String inner(Map.Entry<String, Object> operator) {
        if (!(operator.getValue() instanceof Document inner) || !List.of("$elemMatch", "$not").contains(operator.getKey())) {
            return "?";
        }
        return isOperators(inner) ? condition(inner) : query(inner);
    }

    private static boolean isOperators(Object condition) {
        return condition instanceof Document document && !document.isEmpty()
                && document.keySet().stream().allMatch(key -> key.startsWith("$"));
    }
}
