package app.touchbase.platform.storage.index;

import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.bson.Document;
import org.junit.jupiter.api.Test;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A find of indexed fields alone is read from the keys, and only when they hold those fields exactly.
 * {@code IndexedQueriesMatchTheScanTest} compares the answers with those of the documents.
 */
class CoveredReadsTest {

    private final OrderedIndex<Integer> cards = new OrderedIndex<>("cards", List.of(new IndexKey("owner", true),
            new IndexKey("archived", true), new IndexKey("sortName", true), new IndexKey("_id", true)), false);
    private final LookedUpMemoryIndex ids = new LookedUpMemoryIndex("_id_", List.of(new IndexKey("_id", true)), false);
    private final List<Index<Integer>> indexes = List.of(ids, cards);

    @Test
    void theSortKeysOfThePeopleFoundComeFromTheKeysInTheStoresOrder() {
        add(0, card(new UUID(0, 3), "me", "Carla"));
        add(1, card(new UUID(0, 1), "me", "Ada"));
        add(2, card(new UUID(0, 2), "you", "Bob"));

        Document query = new Document("$and", List.of(new Document("_id", new Document("$in", List.of(new UUID(0, 1), new UUID(0, 3)))),
                new Document("owner", "me"), new Document("archived", false)));

        assertThat(read(query, new Document("sortName", 1), 0)).hasValueSatisfying(documents -> assertThat(documents)
                .extracting(document -> document.get("sortName")).containsExactly("Carla", "Ada"));
    }

    @Test
    void whatTheKeysDoNotHoldExactlyIsReadFromTheDocuments() {
        add(0, card(new UUID(0, 1), "me", "Ada"));
        Document mine = new Document("owner", "me");

        assertThat(read(mine, new Document("details", 1), 0)).as("a field the keys lack").isEmpty();
        assertThat(read(mine, new Document("_id", 0), 0)).as("every field but the id").isEmpty();
        assertThat(read(mine, null, 0)).as("the whole document").isEmpty();
        assertThat(read(mine, new Document("sortName", 1), 1)).as("a limit, which the index's order serves").isEmpty();
        assertThat(read(new Document("owner", "me").append("details.tags", "x"), new Document("sortName", 1), 0))
                .as("a field within a field").isEmpty();
        assertThat(read(mine, new Document("sortName", 1), 0)).isPresent();

        add(1, card(new UUID(0, 2), "me", null));
        assertThat(read(mine, new Document("sortName", 1), 0)).as("null stands for missing too").isEmpty();
    }

    @Test
    void aNameOnceInAnArrayOfItsOwnKeepsTheIndexFromStandingForTheDocuments() {
        Document ada = card(new UUID(0, 1), "me", "Ada");
        add(0, ada);
        Document adaInAnArray = card(new UUID(0, 1), "me", null).append("sortName", List.of("Ada"));

        cards.updateInPlace(ada, adaInAnArray, 0, null);

        assertThat(cards.multikey()).as("the keys alone look the same").isFalse();
        assertThat(read(new Document("owner", "me"), new Document("sortName", 1), 0)).isEmpty();
    }

    @Test
    void aFewIdsLookedUpAreNotTradedForAWholeOwnersKeys() {
        for (int i = 0; i < 20; i++) {
            add(i, card(new UUID(0, i), "me", "n" + i));
        }
        Document oneId = new Document("_id", new UUID(0, 3)).append("owner", "me");
        Document manyIds = new Document("_id", new Document("$in", List.of(new UUID(0, 1), new UUID(0, 2), new UUID(0, 3),
                new UUID(0, 4), new UUID(0, 5)))).append("owner", "me");

        assertThat(read(oneId, new Document("sortName", 1), 0)).isEmpty();
        assertThat(read(manyIds, new Document("sortName", 1), 0)).hasValueSatisfying(documents -> assertThat(documents).hasSize(20));
    }

    private java.util.Optional<List<Document>> read(Document query, Document projection, int limit) {
        return CoveredReads.keyDocuments(indexes, query, null, limit, projection, Comparator.<Integer>naturalOrder());
    }

    private void add(int position, Document card) {
        ids.add(card, position, null);
        cards.add(card, position, null);
    }

    private static Document card(UUID id, String owner, String sortName) {
        return new Document("_id", id).append("owner", owner).append("archived", false).append("sortName", sortName)
                .append("details", new Document("tags", List.of("x")));
    }
}
