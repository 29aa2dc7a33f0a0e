package app.touchbase.platform.storage.index;

import app.touchbase.platform.storage.MongoConfiguration;
import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Indexes;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.BsonValue;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.ToIntBiFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code distinct} on the indexed backends answers what the unchanged embedded server answers: the same values, once
 * each, in the same order.
 */
class DistinctValuesTest {

    private static final int SEEDS = 4;

    @ParameterizedTest
    @EnumSource(IndexedBackends.class)
    void theIndexedBackendsAnswerDistinctAsTheServerDoes(IndexedBackends backend) {
        int compared = againstThePlainServer(backend, (indexedClient, plainClient) -> {
            int valuesCompared = 0;
            for (long seed = 1; seed <= SEEDS; seed++) {
                MongoCollection<Document> indexed = indexedClient.getDatabase("seed" + seed).getCollection("distinct");
                MongoCollection<Document> plain = plainClient.getDatabase("seed" + seed).getCollection("distinct");
                indexed.createIndex(Indexes.ascending("u", "t"));
                indexed.createIndex(Indexes.ascending("a"));
                RandomDocuments random = new RandomDocuments(seed);
                Random ids = new Random(seed);
                List<Document> documents = new ArrayList<>();
                for (int i = 0; i < 300; i++) {
                    documents.add(withIds(random.document(), ids));
                }
                plain.insertMany(documents.stream().map(Document::new).toList());
                indexed.insertMany(documents.stream().map(Document::new).toList());
                List<String> fields = new ArrayList<>(RandomDocuments.FIELDS);
                fields.add("t");
                for (int q = 0; q < 150; q++) {
                    Document query = switch (q % 5) {
                        case 0 -> new Document();
                        // ids alone, those written with a leading f among them: their order is the written one
                        case 1 -> new Document("t", new Document("$gte", new UUID(0, 0)));
                        default -> random.query();
                    };
                    String field = q % 5 == 1 ? "t" : fields.get(random.random().nextInt(fields.size()));
                    valuesCompared += assertAlike(indexed, plain, field, query);
                }
            }
            return valuesCompared;
        });
        assertThat(compared).as("values compared across all queries").isGreaterThan(1_000);
    }

    /**
     * The work done against the indexed backend and the unchanged server of the same kind: of values equal across types
     * (3 and 3.0) the one met first is kept, and the data file meets its documents in the order of their ids.
     */
    private static int againstThePlainServer(IndexedBackends backend, ToIntBiFunction<MongoClient, MongoClient> work) {
        MongoServer plainServer = new MongoServer(backend == IndexedBackends.MEMORY ? new MemoryBackend() : new H2Backend(MVStore.open(null)));
        plainServer.bind("127.0.0.1", 0);
        try (IndexedBackends.Running running = backend.start();
             MongoClient plainClient = MongoClients.create(MongoConfiguration.clientSettings(plainServer.getConnectionString()))) {
            return work.applyAsInt(running.client(), plainClient);
        } finally {
            plainServer.shutdownNow();
        }
    }

    /** Ids alone, a list of them, none or another type: the search in notes asks for the distinct ids of contacts. */
    private static Document withIds(Document document, Random random) {
        switch (random.nextInt(6)) {
            case 0 -> { }
            case 1 -> document.append("t", List.of(new UUID(random.nextInt(3), random.nextInt(40)), new UUID(-1, random.nextInt(40))));
            case 2 -> document.append("t", random.nextBoolean() ? null : "t" + random.nextInt(5));
            default -> document.append("t", new UUID(random.nextBoolean() ? -random.nextInt(3) : random.nextInt(3), random.nextInt(40)));
        }
        return document;
    }

    private static int assertAlike(MongoCollection<Document> indexed, MongoCollection<Document> plain, String field, Document query) {
        List<BsonValue> expected;
        try {
            expected = plain.distinct(field, query, BsonValue.class).into(new ArrayList<>());
        } catch (MongoException refused) {
            assertThatThrownBy(() -> indexed.distinct(field, query, BsonValue.class).into(new ArrayList<>()))
                    .isInstanceOf(MongoException.class);
            return 0;
        }
        assertThat(indexed.distinct(field, query, BsonValue.class).into(new ArrayList<>()))
                .as("distinct %s of %s", field, query.toJson()).isEqualTo(expected);
        return expected.size();
    }

    @ParameterizedTest
    @EnumSource(IndexedBackends.class)
    void thePeopleFoundByAWordOfTheirNotesAreTheServersToo(IndexedBackends backend) {
        // the index's keys answer these (DistinctFromKeys), except where the words are not only arrays of texts
        int compared = againstThePlainServer(backend, (indexedClient, plainClient) -> {
            int valuesCompared = 0;
            for (long seed = 1; seed <= 6; seed++) {
                // a third of the seeds have documents whose words are not an array of texts, another third one
                // whose words became a text by an update that left the index's keys as they were: the documents answer
                boolean irregular = seed % 3 == 0;
                boolean textByUpdate = seed % 3 == 2;
                MongoCollection<Document> indexed = indexedClient.getDatabase("seed" + seed).getCollection("touches");
                MongoCollection<Document> plain = plainClient.getDatabase("seed" + seed).getCollection("touches");
                indexed.createIndex(Indexes.ascending("owner", "words", "person"));
                Random random = new Random(seed);
                List<Document> documents = new ArrayList<>();
                for (int i = 0; i < 400; i++) {
                    documents.add(randomTouch(i, random, irregular && i % 40 == 0));
                }
                plain.insertMany(documents.stream().map(Document::new).toList());
                indexed.insertMany(documents.stream().map(Document::new).toList());
                if (textByUpdate) {
                    for (MongoCollection<Document> touches : List.of(plain, indexed)) {
                        touches.updateOne(new Document("_id", 1), new Document("$set", new Document("words", List.of("ab"))
                                .append("owner", "me").append("person", "found by this touch alone")));
                        touches.updateOne(new Document("_id", 1), new Document("$set", new Document("words", "ab")));
                    }
                }
                for (int q = 0; q < 120; q++) {
                    String from = word(random);
                    String to = random.nextInt(5) == 0 ? word(random) : from.substring(0, 1) + (char) (from.charAt(1) + 1);
                    Document bounds = new Document(random.nextBoolean() ? "$gte" : "$gt", from)
                            .append(random.nextBoolean() ? "$lt" : "$lte", to);
                    String owner = random.nextBoolean() ? "me" : "you";
                    if (q == 0) { // the word of the touch whose words became a text
                        bounds = new Document("$gte", "ab").append("$lt", "ac");
                        owner = "me";
                    }
                    Document query = new Document("$and", List.of(new Document("owner", owner),
                            new Document("words", new Document("$elemMatch", bounds))));
                    // mostly the people; the words and the owners are in the keys too
                    String field = List.of("person", "person", "words", "owner").get(q % 4);
                    valuesCompared += assertAlike(indexed, plain, field, query);
                }
            }
            return valuesCompared;
        });
        assertThat(compared).as("values compared across all queries").isGreaterThan(1_000);
    }

    private static Document randomTouch(int id, Random random, boolean wordsNotAnArray) {
        Document touch = new Document("_id", id);
        if (random.nextInt(20) > 0) {
            touch.append("owner", random.nextInt(3) == 0 ? "you" : "me");
        }
        if (wordsNotAnArray) {
            touch.append("words", random.nextInt(3) > 0 ? word(random) : List.of(word(random), 3));
        } else if (random.nextInt(10) > 0) {
            List<String> words = new ArrayList<>();
            for (int w = random.nextInt(4); w > 0; w--) {
                words.add(word(random));
            }
            touch.append("words", words);
        }
        switch (random.nextInt(8)) {
            case 0 -> {
                if (!wordsNotAnArray) {
                    touch.append("person", new UUID(0, random.nextInt(60)));
                } // else none: a key of null, which the documents answer
            }
            case 1 -> touch.append("person", "p" + random.nextInt(30));
            default -> touch.append("person", new UUID(random.nextBoolean() ? -1 : 0, random.nextInt(60)));
        }
        return touch;
    }

    private static String word(Random random) {
        return "" + (char) ('a' + random.nextInt(4)) + (char) ('a' + random.nextInt(6)) + (random.nextBoolean() ? "x" : "");
    }
}
