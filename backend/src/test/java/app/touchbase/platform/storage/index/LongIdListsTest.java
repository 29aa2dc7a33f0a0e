package app.touchbase.platform.storage.index;

import de.bwaldvogel.mongo.backend.DefaultQueryMatcher;
import de.bwaldvogel.mongo.bson.Document;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Long lists of ids checked by a hash lookup answer as the server's own matcher does. */
class LongIdListsTest {

    final Random random = new Random(20261128);
    final List<Object> ids = new ArrayList<>();

    LongIdListsTest() {
        for (int i = 0; i < 60; i++) {
            ids.add(i % 2 == 0 ? "event-" + i : new UUID(0, i));
        }
    }

    @Test
    void answersAsTheServerDoesForEveryDocumentAndQuery() {
        LongIdLists fast = new LongIdLists();
        DefaultQueryMatcher server = new DefaultQueryMatcher();
        int excluded = 0;
        int kept = 0;
        for (int round = 0; round < 300; round++) {
            Document query = query();
            for (int i = 0; i < 40; i++) {
                Document document = document();
                boolean expected = server.matches(document, query);
                assertThat(fast.matches(document, query)).as("%s against %s", document, query).isEqualTo(expected);
                if (expected) {
                    kept++;
                } else {
                    excluded++;
                }
            }
        }
        assertThat(excluded).isGreaterThan(1_000);
        assertThat(kept).isGreaterThan(1_000);
    }

    @Test
    void aSearchFindsTheContactsNamedByTheirIds() {
        List<Object> found = new ArrayList<>(ids.subList(0, 30));
        Document query = new Document("$and", List.of(new Document("_id", new Document("$in", found)),
                new Document("$and", List.of(new Document("owner", "me")))));
        LongIdLists fast = new LongIdLists();

        assertThat(fast.matches(new Document("_id", ids.get(1)).append("owner", "me"), query)).isTrue();
        assertThat(fast.matches(new Document("_id", ids.get(45)).append("owner", "me"), query)).isFalse();
        assertThat(fast.matches(new Document("_id", ids.get(1)).append("owner", "someone-else"), query)).isFalse();
        assertThat(fast.matches(new Document("owner", "me"), query)).as("no id").isFalse();
    }

    @Test
    void aTrackingProcessorsFetchLeavesOutTheEventsItHasSeen() {
        List<Object> seen = new ArrayList<>(ids.subList(0, 30));
        Document query = new Document("$and", List.of(new Document("timestamp", new Document("$gte", 10)),
                new Document("eventIdentifier", new Document("$nin", seen))));
        LongIdLists fast = new LongIdLists();

        assertThat(fast.matches(new Document("eventIdentifier", "event-2").append("timestamp", 12), query)).isFalse();
        assertThat(fast.matches(new Document("eventIdentifier", "event-44").append("timestamp", 12), query)).isTrue();
        assertThat(fast.matches(new Document("eventIdentifier", "event-44").append("timestamp", 9), query)).isFalse();
    }

    private Document query() {
        Document notIn = new Document(random.nextBoolean() ? "$nin" : "$in", notInList());
        if (random.nextInt(4) == 0) {
            notIn.append("$ne", pick());
        }
        Document onId = new Document("eventIdentifier", notIn);
        return switch (random.nextInt(4)) {
            case 0 -> onId;
            case 1 -> new Document("$and", List.of(new Document("timestamp", new Document("$gte", random.nextInt(20))), onId));
            case 2 -> new Document(onId).append("timestamp", new Document("$lt", random.nextInt(20)));
            default -> new Document("$and", List.of(onId, new Document("other", new Document(random.nextBoolean() ? "$nin" : "$in",
                    notInList()))));
        };
    }

    private List<Object> notInList() {
        List<Object> list = new ArrayList<>();
        int size = random.nextBoolean() ? 5 + random.nextInt(10) : LongIdLists.WORTH_A_SET + random.nextInt(40);
        for (int i = 0; i < size; i++) {
            list.add(pick());
        }
        if (random.nextInt(8) == 0) {
            list.add(random.nextInt(3));
        }
        if (random.nextInt(10) == 0) {
            list.add(null);
        }
        return list;
    }

    private Document document() {
        Document document = new Document("timestamp", random.nextInt(20));
        value(document, "eventIdentifier");
        value(document, "other");
        return document;
    }

    private void value(Document document, String field) {
        switch (random.nextInt(8)) {
            case 0 -> { }
            case 1 -> document.append(field, null);
            case 2 -> document.append(field, List.of(pick(), pick()));
            case 3 -> document.append(field, random.nextInt(3));
            default -> document.append(field, pick());
        }
    }

    private Object pick() {
        return ids.get(random.nextInt(ids.size()));
    }
}
