package app.touchbase.platform.storage.index;

import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.Document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Picks the index that narrows a query most and returns its candidates in the collection's natural
 * order, the order a scan would find them in: so results, ties within a sort included, come out as without it.
 */
final class IndexChoice {

    private IndexChoice() {
    }

    /**
     * When the chosen index reads in the query's sort order and the query has a limit, only the first candidates in
     * that order are read, as many as the skip and the limit need.
     */
    static <P> Optional<List<P>> candidates(List<Index<P>> indexes, Document query, Document orderBy, int numberToSkip,
                                            int limit, Comparator<? super P> naturalOrder, Predicate<P> matches) {
        Optional<Index<P>> exactLookup = indexes.stream().filter(index -> index.canHandle(query)).findFirst()
                .filter(index -> !asksForAPattern(query));
        if (exactLookup.isPresent()) {
            // the server's own unique-key lookup, whose order for $in follows the keys, not the scan
            List<P> positions = new ArrayList<>();
            exactLookup.get().getPositions(query).forEach(positions::add);
            positions.sort(naturalOrder);
            return Optional.of(positions);
        }
        FieldConditions conditions = FieldConditions.of(query);
        Optional<List<P>> byUniqueKey = byUniqueKey(indexes, conditions);
        if (byUniqueKey.isPresent()) {
            byUniqueKey.get().sort(naturalOrder);
            return byUniqueKey;
        }
        SortedIndex<P> bestIndex = null;
        IndexScan bestScan = null;
        for (Index<P> index : indexes) {
            SortedIndex<P> ordered = orderedView(index);
            if (ordered == null) {
                continue;
            }
            Optional<IndexScan> scan = ordered.scanFor(conditions);
            if (scan.isPresent() && (bestScan == null || scan.get().selectivity() > bestScan.selectivity())) {
                bestIndex = ordered;
                bestScan = scan.get();
            }
        }
        long wanted = (long) Math.max(0, numberToSkip) + limit;
        if (bestIndex == null) {
            return limit > 0 ? firstInSortOrder(indexes, orderBy, wanted, naturalOrder, matches) : Optional.empty();
        }
        Optional<SortedIndex.SortedReading> reading = limit > 0 ? bestIndex.readsInSortOrder(bestScan, orderBy) : Optional.empty();
        List<P> positions = reading.isPresent()
                ? bestIndex.firstPositions(bestScan, reading.get(), wanted, matches)
                : bestIndex.positions(bestScan);
        positions.sort(naturalOrder);
        return Optional.of(positions);
    }

    /**
     * No index narrows the query, but one holds its sort ({@code find().sort(timestamp).first()}): only the first keys
     * of that whole index are read. A sparse index lacks documents without its keys, so it cannot stand for the scan.
     */
    private static <P> Optional<List<P>> firstInSortOrder(List<Index<P>> indexes, Document orderBy, long wanted,
                                                          Comparator<? super P> naturalOrder, Predicate<P> matches) {
        for (Index<P> index : indexes) {
            SortedIndex<P> ordered = orderedView(index);
            if (ordered == null || !ordered.holdsEveryDocument()) {
                continue;
            }
            Optional<SortedIndex.SortedReading> reading = ordered.readsInSortOrder(IndexScan.WHOLE, orderBy);
            if (reading.isPresent() && reading.get().sortedKeys() > 0) {
                List<P> positions = ordered.firstPositions(IndexScan.WHOLE, reading.get(), wanted, matches);
                positions.sort(naturalOrder);
                return Optional.of(positions);
            }
        }
        return Optional.empty();
    }

    /**
     * The server's own unique-key lookup matches a regular expression against text keys only, where its scan also
     * matches a number's or a date's written form, and it fails on one within a compound key: such a query goes the
     * ordered way, whose candidates the full query then judges.
     */
    private static boolean asksForAPattern(Object queried) {
        if (queried instanceof BsonRegularExpression) {
            return true;
        }
        if (queried instanceof Document document) {
            return document.containsKey("$regex") || document.values().stream().anyMatch(IndexChoice::asksForAPattern);
        }
        return queried instanceof List<?> values && values.stream().anyMatch(IndexChoice::asksForAPattern);
    }

    /** A {@code $natural} sort is the scan's own order: such a query is left to the scan, no index is used. */
    static boolean inNaturalOrder(Document orderBy) {
        return orderBy != null && orderBy.containsKey("$natural");
    }

    /**
     * A single-key unique index, _id's included, answers only a query on its key alone; with other conditions beside
     * ({@code and(eq("_id", id), eq("owner", owner))}) the server would scan.
     */
    private static <P> Optional<List<P>> byUniqueKey(List<Index<P>> indexes, FieldConditions conditions) {
        return uniqueLookup(indexes, conditions)
                .map(lookup -> positions(lookup.index(), lookup.index().getKeys().get(0).getKey(), lookup.values()));
    }

    /** How many values a query looks up by a single-key unique index, when it does. */
    static <P> Optional<Integer> uniqueLookups(List<Index<P>> indexes, FieldConditions conditions) {
        return uniqueLookup(indexes, conditions).map(lookup -> lookup.values().size());
    }

    private record UniqueLookup<P>(Index<P> index, List<Object> values) {
    }

    private static <P> Optional<UniqueLookup<P>> uniqueLookup(List<Index<P>> indexes, FieldConditions conditions) {
        for (Index<P> index : indexes) {
            if (!index.isUnique() || index.getKeys().size() != 1 || index.getKeys().get(0).getKey().contains(".")) {
                continue;
            }
            Optional<KeyCondition> condition = conditions.on(index.getKeys().get(0).getKey(), false);
            if (condition.isPresent() && condition.get() instanceof KeyCondition.Equal equal) {
                return Optional.of(new UniqueLookup<>(index, List.of(equal.value())));
            }
            if (condition.isPresent() && condition.get() instanceof KeyCondition.In in) {
                return Optional.of(new UniqueLookup<>(index, in.values()));
            }
        }
        return Optional.empty();
    }

    @SuppressWarnings("unchecked")
    private static <P> List<P> positions(Index<P> uniqueIndex, String key, List<Object> values) {
        Set<P> positions = new LinkedHashSet<>();
        for (Object value : values) {
            // the values are normalized as the index stores its keys (IndexableValues)
            P position = uniqueIndex instanceof UniqueKeyLookup<?> lookup
                    ? ((UniqueKeyLookup<P>) lookup).positionOfKey(UniqueKeyLookup.keyOf(value))
                    : uniqueIndex.getPosition(new Document(key, value));
            if (position != null) {
                positions.add(position);
            }
        }
        return new ArrayList<>(positions);
    }

    static <P> SortedIndex<P> orderedView(Index<P> index) {
        if (index instanceof SortedIndex<P> ordered) {
            return ordered;
        }
        if (index instanceof OrderedUniqueIndex<P> unique) {
            return unique.ordered();
        }
        return null;
    }
}
