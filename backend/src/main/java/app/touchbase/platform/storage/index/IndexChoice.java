package app.touchbase.platform.storage.index;

import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.bson.Document;

import java.util.Comparator;
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
