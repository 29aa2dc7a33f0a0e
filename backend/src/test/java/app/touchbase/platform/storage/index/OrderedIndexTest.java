package app.touchbase.platform.storage.index;

import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.Document;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The index narrows to the documents a query can match, and falls back where it cannot tell. */
class OrderedIndexTest {

    private final OrderedIndex<Integer> index = new OrderedIndex<>("owner_due",
            List.of(new IndexKey("owner", true), new IndexKey("due", false)), false);

    @Test
    void equalityOnAPrefixPlusARangeReadsOnlyThatStretch() {
        add(0, "ada", 1);
        add(1, "ada", 5);
        add(2, "ada", 9);
        add(3, "bob", 5);

        assertThat(index.getPositions(query("owner", "ada", "due", new Document("$gte", 5).append("$lt", 9))))
                .containsExactlyInAnyOrder(1);
        assertThat(index.getPositions(query("owner", "ada", "due", new Document("$gt", 1))))
                .containsExactlyInAnyOrder(1, 2);
        assertThat(index.getPositions(new Document("owner", new Document("$in", List.of("bob", "cy")))))
                .containsExactlyInAnyOrder(3);
        assertThat(index.getPositions(new Document("$and", List.of(new Document("owner", "ada"),
                new Document("due", new Document("$in", List.of(1.0, 9L)))))))
                .containsExactlyInAnyOrder(0, 2);
    }

    @Test
    void aQueryWithoutTheFirstKeyOrWithNullIsLeftToTheScan() {
        add(0, "ada", 1);

        assertThat(index.scanFor(FieldConditions.of(new Document("due", 1)))).isEmpty();
        assertThat(index.scanFor(FieldConditions.of(new Document("owner", null)))).isEmpty();
        assertThat(index.scanFor(FieldConditions.of(new Document("owner", new Document("$ne", "ada"))))).isEmpty();
    }

    @Test
    void onArraysOnlyOneBoundOfARangeIsUsed() {
        index.add(new Document("_id", 0).append("owner", "ada").append("due", List.of(1, 10)), 0, null);
        add(1, "ada", 20);

        // [1, 10] matches $gt 5 and $lt 3 (10 > 5, 1 < 3): an index that intersects the bounds would lose it
        assertThat(index.getPositions(query("owner", "ada", "due", new Document("$gt", 5).append("$lt", 3))))
                .contains(0);
    }

    @Test
    void aRegularExpressionReadsOnlyTheDocumentsWhoseTextItFinds() {
        OrderedIndex<Integer> cards = new OrderedIndex<>("owner_text",
                List.of(new IndexKey("owner", true), new IndexKey("text", true)), false);
        cards.add(new Document("_id", 0).append("owner", "ada").append("text", "grace hopper"), 0, null);
        cards.add(new Document("_id", 1).append("owner", "ada").append("text", "alan turing"), 1, null);
        cards.add(new Document("_id", 2).append("owner", "bob").append("text", "grace kelly"), 2, null);
        cards.add(new Document("_id", 3).append("owner", "ada").append("text", 1906), 3, null);
        cards.add(new Document("_id", 4).append("owner", "ada"), 4, null);

        assertThat(cards.getPositions(new Document("owner", "ada").append("text", new BsonRegularExpression("grace", ""))))
                .as("a number or a missing text is the full query's to judge").containsExactlyInAnyOrder(0, 3, 4);
        assertThat(cards.getPositions(new Document("owner", "ada")
                .append("text", new Document("$regex", "TURING").append("$options", "i"))))
                .containsExactlyInAnyOrder(1, 3, 4);
    }

    @Test
    void theContactSearchReadsOnlyTheCardsThatSayTheText() {
        OrderedIndex<Integer> byName = new OrderedIndex<>("owner_archived_sortName_id", List.of(new IndexKey("owner", true),
                new IndexKey("archived", true), new IndexKey("sortName", true), new IndexKey("_id", true)), false);
        OrderedIndex<Integer> byText = new OrderedIndex<>("owner_archived_searchText", List.of(new IndexKey("owner", true),
                new IndexKey("archived", true), new IndexKey("searchText", true)), false);
        List<String> texts = List.of("ada lovelace", "charles babbage", "ada's friend mary", "alan turing");
        for (int position = 0; position < texts.size(); position++) {
            Document card = new Document("_id", position).append("owner", "me").append("archived", false)
                    .append("sortName", texts.get(position)).append("searchText", texts.get(position));
            byName.add(card, position, null);
            byText.add(card, position, null);
        }
        // as ContactQueries asks it: the scope, the archived state, the text
        Document search = new Document("$and", List.of(new Document("owner", "me").append("archived", false),
                new Document("archived", false), new Document("searchText", new BsonRegularExpression("\\Qada\\E", ""))));

        assertThat(IndexChoice.candidates(List.of(byName, byText), search, null, 0, 0, Comparator.naturalOrder(),
                position -> true)).contains(List.of(0, 2));
    }

    @Test
    void aRegularExpressionOnArraysIsLeftToTheFullQuery() {
        OrderedIndex<Integer> cards = new OrderedIndex<>("owner_text",
                List.of(new IndexKey("owner", true), new IndexKey("text", true)), false);
        cards.add(new Document("_id", 0).append("owner", "ada").append("text", List.of("a", "b")), 0, null);
        cards.add(new Document("_id", 1).append("owner", "ada").append("text", "c"), 1, null);

        // the server finds "a, b" in the array's written form, "[a, b]", which no key holds
        assertThat(cards.getPositions(new Document("owner", "ada").append("text", new BsonRegularExpression("a, b", ""))))
                .containsExactlyInAnyOrder(0, 1);
    }

    @Test
    void writesMoveTheKeys() {
        Document document = add(0, "ada", 1);
        add(1, "ada", 1);

        Document moved = new Document("_id", 0).append("owner", "bob").append("due", 1);
        index.updateInPlace(document, moved, 0, null);
        assertThat(index.getPositions(new Document("owner", "ada"))).containsExactly(1);
        assertThat(index.getPositions(new Document("owner", "bob"))).containsExactly(0);

        assertThat(index.remove(moved)).isEqualTo(0);
        assertThat(index.getPositions(new Document("owner", "bob"))).isEmpty();
        assertThat(index.getCount()).isEqualTo(1);
    }

    @Test
    void aLimitedQueryInTheIndexsOrderReadsOnlyTheFirstCandidates() {
        OrderedIndex<Integer> stream = eventStreamIndex();
        for (int position = 0; position < 10_000; position++) {
            stream.add(new Document("_id", position).append("timestamp", String.format("t%05d", position / 2))
                    .append("sequenceNumber", (long) position % 2), position, null);
        }
        // a tracking fetch: from the look-back window on, in stream order, one batch
        Document fetch = new Document("timestamp", new Document("$gte", "t01000"));
        Document streamOrder = new Document("timestamp", 1).append("sequenceNumber", 1);
        List<Integer> checked = new ArrayList<>();

        IndexScan scan = stream.scanFor(FieldConditions.of(fetch)).orElseThrow();
        SortedIndex.SortedReading inStreamOrder = stream.readsInSortOrder(scan, streamOrder).orElseThrow();
        assertThat(inStreamOrder).isEqualTo(new SortedIndex.SortedReading(false, 2));
        List<Integer> first = stream.firstPositions(scan, inStreamOrder, 100, position -> checked.add(position) && position % 3 != 0);

        assertThat(first).hasSize(150).containsExactlyElementsOf(IntStream.range(2000, 2150).boxed().toList());
        assertThat(checked).hasSize(150);
        SortedIndex.SortedReading newestFirst = stream.readsInSortOrder(scan,
                new Document("timestamp", -1).append("sequenceNumber", -1)).orElseThrow();
        assertThat(newestFirst.descending()).isTrue();
        assertThat(stream.firstPositions(scan, newestFirst, 3, position -> true)).containsExactly(9999, 9998, 9997);
        assertThat(stream.readsInSortOrder(scan, new Document("timestamp", 1).append("sequenceNumber", -1))).isEmpty();
        assertThat(stream.readsInSortOrder(scan, new Document("sequenceNumber", 1))).isEmpty();
    }

    @Test
    void aSortOnTheFirstKeysAloneReadsEveryKeyThatTiesWithTheLastOneWanted() {
        OrderedIndex<Integer> stream = eventStreamIndex();
        for (int position = 0; position < 1_000; position++) {
            // three events to each timestamp, stored newest sequence number first
            stream.add(new Document("_id", position).append("timestamp", String.format("t%05d", position / 3))
                    .append("sequenceNumber", 2L - position % 3), position, null);
        }
        // the tail token: the oldest event, whatever its sequence number (find().sort(timestamp).first())
        SortedIndex.SortedReading byTimestamp = stream.readsInSortOrder(IndexScan.WHOLE, new Document("timestamp", 1))
                .orElseThrow();
        assertThat(byTimestamp).isEqualTo(new SortedIndex.SortedReading(false, 1));

        assertThat(stream.firstPositions(IndexScan.WHOLE, byTimestamp, 1, position -> true)).containsExactly(2, 1, 0);
        assertThat(stream.firstPositions(IndexScan.WHOLE, byTimestamp, 4, position -> true))
                .containsExactly(2, 1, 0, 5, 4, 3);
        assertThat(stream.firstPositions(IndexScan.WHOLE, new SortedIndex.SortedReading(true, 1), 2, position -> true))
                .containsExactly(999, 996, 997, 998);
    }

    private Document add(int position, String owner, int due) {
        Document document = new Document("_id", position).append("owner", owner).append("due", due);
        index.add(document, position, null);
        return document;
    }

    /** The index axon-mongo makes for reading the event stream. */
    private static OrderedIndex<Integer> eventStreamIndex() {
        return new OrderedIndex<>("orderedEventStreamIndex",
                List.of(new IndexKey("timestamp", true), new IndexKey("sequenceNumber", true)), false);
    }

    private static Document query(String field, Object value, String other, Object otherValue) {
        return new Document(field, value).append(other, otherValue);
    }
}
