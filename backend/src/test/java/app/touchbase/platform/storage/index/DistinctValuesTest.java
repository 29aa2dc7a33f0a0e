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
        // the same kind of store unchanged: of values equal across types (3 and 3.0) the one met first is kept, and the
        // data file meets its documents in the order of their ids
        MongoServer plainServer = new MongoServer(backend == IndexedBackends.MEMORY ? new MemoryBackend() : new H2Backend(MVStore.open(null)));
        plainServer.bind("127.0.0.1", 0);
        try (IndexedBackends.Running running = backend.start();
             MongoClient plainClient = MongoClients.create(MongoConfiguration.clientSettings(plainServer.getConnectionString()))) {
            int valuesCompared = 0;
            for (long seed = 1; seed <= SEEDS; seed++) {
                MongoCollection<Document> indexed = running.client().getDatabase("seed" + seed).getCollection("distinct");
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
            assertThat(valuesCompared).as("values compared across all queries").isGreaterThan(1_000);
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
}
