package app.touchbase.platform.storage.index;

import app.touchbase.platform.mongo.IdOrder;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.Document;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;

/**
 * The {@code distinct} command answered as the server answers it: each value once, in its value order. The server
 * keeps them in a tree ordered by its generic comparator, which compares two ids by writing both out as text; the ids
 * of the thousands of touches a search in notes finds cost more that way than finding the touches. Values that are
 * all texts or all ids are told apart by equality and sorted once, in the same order; any other mix goes the
 * server's way.
 */
final class DistinctValues {

    private DistinctValues() {
    }

    static <P> Document answer(Document command, List<Index<P>> indexes, Function<Document, Iterable<Document>> matching) {
        String key = (String) command.get("key");
        Document filter = (Document) command.getOrDefault("query", new Document());
        Set<Object> values = DistinctFromKeys.values(indexes, filter, key)
                .orElseGet(() -> fromDocuments(matching.apply(filter), key));
        Document response = new Document("values", ordered(values));
        Utils.markOkay(response);
        return response;
    }

    private static Set<Object> fromDocuments(Iterable<Document> matching, String key) {
        Set<Object> values = new LinkedHashSet<>();
        for (Document document : matching) {
            Object value = Utils.getSubdocumentValueCollectionAware(document, key);
            if (value instanceof Collection<?> elements) {
                values.addAll(elements);
            } else if (!(value instanceof Missing)) {
                values.add(value);
            }
        }
        return values;
    }

    private static Collection<Object> ordered(Set<Object> values) {
        if (values.stream().allMatch(String.class::isInstance)) {
            return sorted(values, String.class, Comparator.naturalOrder());
        }
        if (values.stream().allMatch(UUID.class::isInstance)) {
            return sorted(values, UUID.class, IdOrder.AS_STORED);
        }
        Set<Object> tree = new TreeSet<>(ValueComparator.ascWithoutListHandling());
        tree.addAll(values);
        return tree;
    }

    private static <T> List<Object> sorted(Set<Object> values, Class<T> type, Comparator<? super T> order) {
        List<Object> list = new ArrayList<>(values);
        list.sort(Comparator.comparing(type::cast, order));
        return list;
    }
}
