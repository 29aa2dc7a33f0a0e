package app.touchbase.platform.storage.index;

import de.bwaldvogel.mongo.backend.DefaultQueryMatcher;
import de.bwaldvogel.mongo.bson.Document;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class LongNotInListsTest {

    final Random random = new Random(20261128);
    final List<String> ids = new ArrayList<>();

    LongNotInListsTest() {
        for (int i = 0; i < 60; i++) {
            ids.add("event-" + i);
        }
    }

    @Test
    void answersAsTheServerDoesForEveryDocumentAndQuery() {
        LongNotInLists fast = new LongNotInLists();
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
    void aTrackingProcessorsFetchLeavesOutTheEventsItHasSeen() {
        List<Object> seen = new ArrayList<>(ids.subList(0, 30));
        Document query = new Document("$and", List.of(new Document("timestamp", new Document("$gte", 10)),
                new Document("eventIdentifier", new Document("$nin", seen))));
        LongNotInLists fast = new LongNotInLists();

        assertThat(fast.matches(new Document("eventIdentifier", "event-3").append("timestamp", 12), query)).isFalse();
        assertThat(fast.matches(new Document("eventIdentifier", "event-45").append("timestamp", 12), query)).isTrue();
        assertThat(fast.matches(new Document("eventIdentifier", "event-45").append("timestamp", 9), query)).isFalse();
    }

    private Document query() {
        Document notIn = new Document("$nin", notInList());
        if (random.nextInt(4) == 0) {
            notIn.append("$ne", pick());
        }
        Document onId = new Document("eventIdentifier", notIn);
        return switch (random.nextInt(4)) {
            case 0 -> onId;
            case 1 -> new Document("$and", List.of(new Document("timestamp", new Document("$gte", random.nextInt(20))), onId));
            case 2 -> new Document(onId).append("timestamp", new Document("$lt", random.nextInt(20)));
            default -> new Document("$and", List.of(onId, new Document("other", new Document("$nin", notInList()))));
        };
    }

    private List<Object> notInList() {
        List<Object> list = new ArrayList<>();
        int size = random.nextBoolean() ? 5 + random.nextInt(10) : LongNotInLists.WORTH_A_SET + random.nextInt(40);
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

    private String pick() {
        return ids.get(random.nextInt(ids.size()));
    }
}
