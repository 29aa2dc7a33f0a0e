package app.touchbase.platform.storage.index;

import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The people found by a word of their notes are read from the index's keys, and only when the keys say all the query
 * asks. {@code DistinctValuesTest} compares the answers with the unchanged server's.
 */
class DistinctFromKeysTest {

    private static final List<IndexKey> KEYS = List.of(new IndexKey("owner", true), new IndexKey("words", true),
            new IndexKey("person", true));

    @Test
    void theSearchInNotesIsAnsweredFromTheKeys() {
        OrderedIndex<Integer> index = new OrderedIndex<>("notes", KEYS, false);
        UUID ada = new UUID(0, 1);
        UUID bob = new UUID(0, 2);
        index.add(touch(0, "me", List.of("kids", "school"), ada), 0, null);
        index.add(touch(1, "me", List.of("kite"), bob), 1, null);
        index.add(touch(2, "me", List.of("kids"), ada), 2, null);
        index.add(touch(3, "you", List.of("kids"), new UUID(0, 3)), 3, null);
        index.add(new Document("_id", 4).append("owner", "me"), 4, null);

        assertThat(DistinctFromKeys.values(List.<Index<Integer>>of(index), notesSaying("me", "ki", "kj"), "person"))
                .hasValueSatisfying(people -> assertThat(people).containsExactlyInAnyOrder(ada, bob));
        assertThat(DistinctFromKeys.values(List.<Index<Integer>>of(index), notesSaying("me", "kid", "kie"), "person"))
                .hasValueSatisfying(people -> assertThat(people).containsExactly(ada));
    }

    @Test
    void whatTheKeysCannotDecideIsLeftToTheDocuments() {
        OrderedIndex<Integer> index = new OrderedIndex<>("notes", KEYS, false);
        index.add(touch(0, "me", List.of("kids"), new UUID(0, 1)), 0, null);
        List<Index<Integer>> indexes = List.of(index);

        Document another = new Document("$and", List.of(notesSaying("me", "ki", "kj"), new Document("archived", false)));
        assertThat(DistinctFromKeys.values(indexes, another, "person")).as("a condition the keys do not hold").isEmpty();
        Document bothBounds = new Document("owner", "me").append("words",
                new Document("$elemMatch", new Document("$gte", "ki").append("$gt", "kz").append("$lt", "kj")));
        assertThat(DistinctFromKeys.values(indexes, bothBounds, "person")).as("two lower bounds").isEmpty();
        Document anyElements = new Document("owner", "me").append("words", new Document("$gte", "ki").append("$lt", "kj"));
        assertThat(DistinctFromKeys.values(indexes, anyElements, "person")).as("bounds met by different elements").isEmpty();
        assertThat(DistinctFromKeys.values(indexes, notesSaying("me", "ki", "kj"), "_id")).as("a field not in the keys").isEmpty();
        assertThat(DistinctFromKeys.values(indexes, notesSaying("me", "ki", "kj"), "words"))
                .as("the words of the touches found, not only those within the bounds").isEmpty();

        index.add(new Document("_id", 1).append("owner", "me").append("words", "kids").append("person", new UUID(0, 2)), 1, null);
        assertThat(DistinctFromKeys.values(indexes, notesSaying("me", "ki", "kj"), "person"))
                .as("$elemMatch matches arrays only, the keys of a text alone look the same").isEmpty();
    }

    @Test
    void aTouchWithoutThePersonLeavesTheAnswerToTheDocuments() {
        OrderedIndex<Integer> index = new OrderedIndex<>("notes", KEYS, false);
        index.add(touch(0, "me", List.of("kids"), new UUID(0, 1)), 0, null);
        index.add(new Document("_id", 1).append("owner", "me").append("words", List.of("kite")), 1, null);

        assertThat(DistinctFromKeys.values(List.<Index<Integer>>of(index), notesSaying("me", "kid", "kie"), "person")).isPresent();
        assertThat(DistinctFromKeys.values(List.<Index<Integer>>of(index), notesSaying("me", "ki", "kj"), "person"))
                .as("a key of null stands for a missing person and for null alike").isEmpty();
    }

    @Test
    void aWordThatBecameATextByAnUpdateIsNoLongerAnsweredFromTheKeys() {
        OrderedIndex<Integer> index = new OrderedIndex<>("notes", KEYS, false);
        Document inAnArray = touch(0, "me", List.of("kids"), new UUID(0, 1));
        index.add(inAnArray, 0, null);
        Document aText = new Document(inAnArray).append("words", "kids");

        index.updateInPlace(inAnArray, aText, 0, null);

        assertThat(DistinctFromKeys.values(List.<Index<Integer>>of(index), notesSaying("me", "ki", "kj"), "person"))
                .as("the keys stayed as they were").isEmpty();
    }

    @Test
    void anIndexInTheDataFileNotesTheKindsAsWellAndStartsAfreshWhenEmptied() {
        StoredOrderedIndex index = new StoredOrderedIndex(MVStore.open(null), "notes", "notes", KEYS, false);
        List<Index<Object>> indexes = List.of(index);
        Document inAnArray = touch(0, "me", List.of("kids"), new UUID(0, 1));
        index.add(inAnArray, 0, null);
        assertThat(DistinctFromKeys.values(indexes, notesSaying("me", "ki", "kj"), "person")).isPresent();

        index.updateInPlace(inAnArray, new Document(inAnArray).append("words", "kids"), 0, null);
        assertThat(DistinctFromKeys.values(indexes, notesSaying("me", "ki", "kj"), "person")).isEmpty();

        index.clear();
        index.add(touch(1, "me", List.of("kite"), new UUID(0, 2)), 1, null);
        assertThat(DistinctFromKeys.values(indexes, notesSaying("me", "ki", "kj"), "person"))
                .hasValueSatisfying(people -> assertThat(people).containsExactly(new UUID(0, 2)));
    }

    private static Document touch(int id, String owner, List<String> words, UUID person) {
        return new Document("_id", id).append("owner", owner).append("words", words).append("person", person);
    }

    private static Document notesSaying(String owner, String from, String to) {
        return new Document("owner", owner).append("words",
                new Document("$elemMatch", new Document("$gte", from).append("$lt", to)));
    }
}
