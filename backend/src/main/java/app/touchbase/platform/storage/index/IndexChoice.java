package app.touchbase.platform.storage.index;

import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.bson.Document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Optional;

/**
 * Picks the ordered index that narrows a query most and returns its candidates in the collection's natural
 * order, the order a scan would find them in: so results, ties within a sort included, come out as without it.
 */
final class IndexChoice {

    private IndexChoice() {
    }

    static <P> Optional<List<P>> candidates(List<Index<P>> indexes, Document query, Document orderBy,
                                            Comparator<? super P> naturalOrder) {
        if (orderBy != null && orderBy.containsKey("$natural")) {
            return Optional.empty();
        }
        if (indexes.stream().anyMatch(index -> index.canHandle(query))) {
            return Optional.empty(); // the server's exact unique-key lookup
        }
        FieldConditions conditions = FieldConditions.of(query);
        Optional<List<P>> byId = byPrimaryKey(indexes, conditions);
        if (byId.isPresent()) {
            List<P> positions = byId.get();
            positions.sort(naturalOrder);
            return byId;
        }
        OrderedIndex<P> bestIndex = null;
        IndexScan bestScan = null;
        for (Index<P> index : indexes) {
            OrderedIndex<P> ordered = orderedView(index);
            if (ordered == null) {
                continue;
            }
            Optional<IndexScan> scan = ordered.scanFor(conditions);
            if (scan.isPresent() && (bestScan == null || scan.get().selectivity() > bestScan.selectivity())) {
                bestIndex = ordered;
                bestScan = scan.get();
            }
        }
        if (bestIndex == null) {
            return Optional.empty();
        }
        List<P> positions = bestIndex.positions(bestScan);
        positions.sort(naturalOrder);
        return Optional.of(positions);
    }

    /** An _id beside other conditions ({@code and(eq("_id", id), eq("owner", owner))}): the server scans for it. */
    private static <P> Optional<List<P>> byPrimaryKey(List<Index<P>> indexes, FieldConditions conditions) {
        Optional<KeyCondition> onId = conditions.on("_id", false);
        Optional<Index<P>> idIndex = indexes.stream()
                .filter(index -> index.isUnique() && IdIndex.isFor(index.getKeys())).findFirst();
        if (onId.isEmpty() || idIndex.isEmpty()) {
            return Optional.empty();
        }
        List<Object> ids;
        if (onId.get() instanceof KeyCondition.Equal equal) {
            ids = List.of(equal.value());
        } else if (onId.get() instanceof KeyCondition.In in) {
            ids = in.values();
        } else {
            return Optional.empty();
        }
        Set<P> positions = new LinkedHashSet<>();
        for (Object id : ids) {
            P position = idIndex.get().getPosition(new Document("_id", id));
            if (position != null) {
                positions.add(position);
            }
        }
        return Optional.of(new ArrayList<>(positions));
    }

    private static <P> OrderedIndex<P> orderedView(Index<P> index) {
        if (index instanceof OrderedIndex<P> ordered) {
            return ordered;
        }
        if (index instanceof OrderedUniqueIndex<P> unique) {
            return unique.ordered();
        }
        return null;
    }
}
