package app.touchbase.platform.storage.index;

import de.bwaldvogel.mongo.backend.DefaultQueryMatcher;
import de.bwaldvogel.mongo.bson.Document;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The conditions checked directly (long lists of ids by a hash lookup, equalities, {@code $elemMatch} ranges of texts)
 * answer as the server's own matcher does.
 */
class QuickMatcherTest {

    final Random random = new Random(20261128);
    final List<Object> ids = new ArrayList<>();

    QuickMatcherTest() {
        for (int i = 0; i < 60; i++) {
            ids.add(i % 2 == 0 ? "event-" + i : new UUID(0, i));
        }
    }

    @Test
    void answersAsTheServerDoesForEveryDocumentAndQuery() {
        assertAnswersAsTheServer(300, this::query, this::document);
    }

    @Test
    void equalitiesAndRangesOfTextsAnswerAsTheServerDoes() {
        assertAnswersAsTheServer(400, this::wordsQuery, this::wordsDocument);
    }

    /** Each query against forty documents, with enough of them kept and enough left out for both answers to count. */
    private static void assertAnswersAsTheServer(int queries, Supplier<Document> query, Supplier<Document> document) {
        QuickMatcher fast = new QuickMatcher();
        DefaultQueryMatcher server = new DefaultQueryMatcher();
        int excluded = 0;
        int kept = 0;
        for (int round = 0; round < queries; round++) {
            Document asked = query.get();
            for (int i = 0; i < 40; i++) {
                Document candidate = document.get();
                boolean expected = server.matches(candidate, asked);
                assertThat(fast.matches(candidate, asked)).as("%s against %s", candidate, asked).isEqualTo(expected);
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
    void aSearchInNotesFindsTheTouchesWithAWordThatBeginsWithTheText() {
        Document query = new Document("$and", List.of(new Document("owner", "me"),
                new Document("noteWords", new Document("$elemMatch", new Document("$gte", "ki").append("$lt", "kj")))));
        QuickMatcher fast = new QuickMatcher();

        assertThat(fast.matches(new Document("owner", "me").append("noteWords", List.of("the", "kids")), query)).isTrue();
        assertThat(fast.matches(new Document("owner", "me").append("noteWords", List.of("the", "kj")), query)).isFalse();
        assertThat(fast.matches(new Document("owner", "you").append("noteWords", List.of("kids")), query)).isFalse();
        assertThat(fast.matches(new Document("owner", "me").append("noteWords", "kids"), query)).as("not an array").isFalse();
        assertThat(fast.matches(new Document("owner", "me"), query)).as("no words").isFalse();
        assertThat(fast.matches(new Document("owner", List.of("you", "me")).append("noteWords", List.of("kit")), query))
                .as("an array holding the owner").isTrue();
    }

    @Test
    void theAppsOwnConditionsAreJudgedWithoutTheServersMatcher() {
        QuickCheck owner = QuickCheck.Equal.of("owner", "me");
        QuickCheck archived = QuickCheck.Equal.of("archived", false);
        QuickCheck dueBy = QuickCheck.TextWithin.of("nextTouchOn", new Document("$lte", "2026-12-06"));
        QuickCheck noted = QuickCheck.TextWithin.of("noteWords", new Document("$elemMatch", new Document("$gte", "ki").append("$lt", "kj")));

        assertThat(List.of(owner.judge("me"), owner.judge("you"), owner.judge(null), owner.judge(List.of("me"))))
                .containsExactly(QuickCheck.Verdict.YES, QuickCheck.Verdict.NO, QuickCheck.Verdict.NO, QuickCheck.Verdict.UNSURE);
        assertThat(List.of(archived.judge(false), archived.judge(true), archived.judge(0)))
                .containsExactly(QuickCheck.Verdict.YES, QuickCheck.Verdict.NO, QuickCheck.Verdict.UNSURE);
        assertThat(List.of(dueBy.judge("2026-12-06"), dueBy.judge("2026-12-07"), dueBy.judge(null)))
                .containsExactly(QuickCheck.Verdict.YES, QuickCheck.Verdict.NO, QuickCheck.Verdict.UNSURE);
        assertThat(List.of(noted.judge(List.of("the", "kids")), noted.judge(List.of("the")), noted.judge(null), noted.judge("kids")))
                .containsExactly(QuickCheck.Verdict.YES, QuickCheck.Verdict.NO, QuickCheck.Verdict.NO, QuickCheck.Verdict.UNSURE);
        assertThat(QuickCheck.TextWithin.of("nextTouchOn", new Document("$lte", "2026-12-06").append("$ne", null)))
                .as("beside another operator the server judges the field").isNull();
        assertThat(QuickCheck.Equal.of("owner", new Document("$eq", "me"))).isNull();
    }

    @Test
    void aSearchFindsTheContactsNamedByTheirIds() {
        List<Object> found = new ArrayList<>(ids.subList(0, 30));
        Document query = new Document("$and", List.of(new Document("_id", new Document("$in", found)),
                new Document("$and", List.of(new Document("owner", "me")))));
        QuickMatcher fast = new QuickMatcher();

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
        QuickMatcher fast = new QuickMatcher();

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
        int size = random.nextBoolean() ? 5 + random.nextInt(10) : QuickCheck.IdList.WORTH_A_SET + random.nextInt(40);
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

    /**
     * An equality and a range of texts (on one element or on the value), alone, side by side or in an $and, sometimes
     * beside another condition.
     */
    private Document wordsQuery() {
        Document owner = new Document("owner", oneOf("me", "you", new UUID(0, 1), true, false));
        Document element = new Document();
        for (String operator : List.of("$gte", "$gt", "$lte", "$lt")) {
            if (random.nextInt(3) == 0) {
                element.append(operator, word());
            }
        }
        if (element.isEmpty()) {
            element.append("$gte", word());
        }
        // on one element of an array, or on the value itself (a text, an array, anything else)
        Document words = new Document("words", random.nextBoolean() ? new Document("$elemMatch", element) : element);
        Document other = new Document("n", new Document("$gt", random.nextInt(4)));
        return switch (random.nextInt(6)) {
            case 0 -> owner;
            case 1 -> words;
            case 2 -> new Document(owner).append("words", words.get("words"));
            case 3 -> new Document("$and", List.of(owner, words));
            case 4 -> new Document("owner", element);
            default -> new Document("$and", List.of(words, other)).append("owner", owner.get("owner"));
        };
    }

    private Document wordsDocument() {
        Document document = new Document("n", random.nextInt(5));
        switch (random.nextInt(9)) {
            case 0 -> { }
            case 1 -> document.append("owner", null);
            case 2 -> document.append("owner", List.of(oneOf("me", "you", true), oneOf("me", "you", new UUID(0, 1))));
            case 3 -> document.append("owner", random.nextInt(2));
            case 4 -> document.append("owner", new Document("name", "me"));
            default -> document.append("owner", oneOf("me", "you", new UUID(0, 1), new UUID(0, 2), true, false, "true"));
        }
        switch (random.nextInt(9)) {
            case 0 -> { }
            case 1 -> document.append("words", null);
            case 2 -> document.append("words", random.nextBoolean() ? word() : random.nextInt(3));
            case 3 -> document.append("words", List.of(word(), random.nextInt(3)));
            case 4 -> document.append("words", List.of());
            case 5 -> document.append("words", List.of(List.of(word()), word()));
            default -> {
                List<Object> words = new ArrayList<>();
                for (int i = random.nextInt(5); i > 0; i--) {
                    words.add(word());
                }
                document.append("words", words);
            }
        }
        return document;
    }

    /** Short words of a small alphabet, so that bounds and elements often meet, tie and straddle. */
    private String word() {
        StringBuilder word = new StringBuilder();
        for (int i = random.nextInt(4); i > 0; i--) {
            word.append("abC".charAt(random.nextInt(3)));
        }
        return word.toString();
    }

    private Object oneOf(Object... values) {
        return values[random.nextInt(values.length)];
    }

    private Object pick() {
        return ids.get(random.nextInt(ids.size()));
    }
}
