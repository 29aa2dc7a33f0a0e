package app.touchbase.platform.storage.index;

import com.mongodb.client.FindIterable;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.bson.Document;
import app.touchbase.platform.storage.MongoConfiguration;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random documents, random writes and random queries against two collections that differ only in their indexes:
 * every query, and every write that selects by a filter, must see the same documents in the same order.
 */
class IndexedQueriesMatchTheScanTest {

    private static final int SEEDS = 12;
    private static final int ROUNDS = 30;

    @ParameterizedTest
    @EnumSource(IndexedBackends.class)
    void indexedAndScannedCollectionsAnswerAlike(IndexedBackends backend) {
        try (IndexedBackends.Running running = backend.start()) {
            for (long seed = 1; seed <= SEEDS; seed++) {
                MongoDatabase database = running.client().getDatabase("seed" + seed);
                runSeed(seed, database.getCollection("indexed"), database.getCollection("scanned"));
            }
        }
    }

    private static void runSeed(long seed, MongoCollection<Document> indexed, MongoCollection<Document> scanned) {
        createIndexes(indexed, scanned);
        RandomDocuments random = new RandomDocuments(seed);
        for (int round = 0; round < ROUNDS; round++) {
            insertAndWrite(random, indexed, scanned, "seed " + seed + " round " + round);
            queryAlike(random, indexed, scanned, 10, "seed " + seed + " round " + round);
        }
        assertThat(indexed.find().into(new ArrayList<>())).isEqualTo(scanned.find().into(new ArrayList<>()));
    }

    /**
     * A find that names only fields an index's keys hold is read from the keys ({@link CoveredReads}): cards with a
     * name and an id, some missing or with null, a number or an array where a text belongs, found by ids, an owner and
     * a state, with a projection, a sort or a skip, between writes that change those fields.
     */
    @ParameterizedTest
    @EnumSource(IndexedBackends.class)
    void aFindOfTheIndexedFieldsAloneAnswersAsTheDocumentsDo(IndexedBackends backend) {
        List<Document> projections = List.of(new Document("sortName", 1), new Document("sortName", 1).append("_id", 0),
                new Document("_id", 1), new Document("owner", true).append("sortName", 1), new Document("x", 1),
                new Document("_id", 0));
        List<Document> sorts = List.of(new Document("sortName", 1), new Document("sortName", -1).append("_id", 1),
                new Document("x", 1));
        int compared = 0;
        try (IndexedBackends.Running running = backend.start()) {
            for (long seed = 1; seed <= 6; seed++) {
                MongoDatabase database = running.client().getDatabase("cards" + seed);
                MongoCollection<Document> indexed = database.getCollection("indexed");
                MongoCollection<Document> scanned = database.getCollection("scanned");
                indexed.createIndex(Indexes.ascending("owner", "archived", "sortName", "_id"));
                Random random = new Random(seed);
                List<Object> ids = new ArrayList<>();
                for (int i = 0; i < 300; i++) {
                    Object id = i % 5 == 0 ? "c" + i : new UUID(random.nextBoolean() ? -1 : 0, i);
                    ids.add(id);
                    Document card = new Document("_id", id).append("owner", random.nextInt(4) == 0 ? "you" : "me")
                            .append("archived", random.nextInt(5) == 0).append("sortName", "n" + random.nextInt(100))
                            .append("x", random.nextInt(3));
                    both(indexed, scanned, c -> c.insertOne(new Document(card)));
                }
                if (seed % 3 == 0) {
                    // the first card's name in an array of its own: the index's keys stay as they were
                    Object first = ids.get(0);
                    both(indexed, scanned, c -> c.updateOne(new Document("_id", first),
                            new Document("$set", new Document("owner", "me").append("archived", false).append("sortName", "n0"))));
                    both(indexed, scanned, c -> c.updateOne(new Document("_id", first),
                            new Document("$set", new Document("sortName", List.of("n0")))));
                }
                for (int round = 0; round < 40; round++) {
                    if (seed % 3 == 1 && round % 4 == 0) {
                        // a card whose name or state the keys cannot hold exactly: the documents answer
                        Object id = ids.get(random.nextInt(ids.size()));
                        Object name = scanned.find(new Document("_id", id)).first().get("sortName");
                        // an array of the name alone leaves the index's keys as they were
                        Object odd = List.of(Document.parse("{}"), 7, List.of("n1", "n2"), "n" + random.nextInt(100),
                                name == null ? List.of() : List.of(name)).get(random.nextInt(5));
                        Document update = random.nextBoolean()
                                ? new Document("$set", new Document(random.nextBoolean() ? "sortName" : "archived", random.nextBoolean() ? null : odd))
                                : new Document("$unset", new Document(random.nextBoolean() ? "sortName" : "archived", ""));
                        both(indexed, scanned, c -> c.updateOne(new Document("_id", id), update));
                    }
                    List<Object> wanted = new ArrayList<>(List.of(ids.get(0)));
                    for (int n = 1 + random.nextInt(random.nextBoolean() ? 5 : 200); n > 0; n--) {
                        wanted.add(ids.get(random.nextInt(ids.size())));
                    }
                    List<Document> conditions = new ArrayList<>(List.of(new Document("_id", new Document("$in", wanted)),
                            new Document("owner", random.nextInt(4) == 0 ? "you" : "me")));
                    if (random.nextBoolean()) {
                        conditions.add(new Document("archived", random.nextInt(4) == 0));
                    }
                    if (random.nextInt(4) == 0) {
                        conditions.remove(0);
                    }
                    Document query = new Document("$and", conditions);
                    Document projection = projections.get(random.nextInt(projections.size()));
                    Document sort = random.nextBoolean() ? null : sorts.get(random.nextInt(sorts.size()));
                    int skip = random.nextInt(4) == 0 ? 1 + random.nextInt(5) : 0;
                    List<Document> expected = find(scanned, query, sort, skip, 0).projection(projection).into(new ArrayList<>());
                    assertThat(find(indexed, query, sort, skip, 0).projection(projection).into(new ArrayList<>()))
                            .as("seed %d round %d: %d ids, %s, %s sorted by %s", seed, round, wanted.size(),
                                    conditions.stream().filter(condition -> !condition.containsKey("_id")).toList(), projection.toJson(), sort)
                            .isEqualTo(expected);
                    compared += expected.size();
                }
            }
        }
        assertThat(compared).as("documents compared").isGreaterThan(5_000);
    }

    /** The indexes come back from the data file as they were written: every key type read back, in the same order. */
    @Test
    void anH2FileAnswersAlikeAfterItIsReopened(@TempDir Path folder) {
        String file = folder.resolve("data.mv").toString();
        for (long seed = 1; seed <= 3; seed++) {
            RandomDocuments random = new RandomDocuments(seed);
            String database = "seed" + seed;
            withH2File(file, client -> {
                MongoCollection<Document> indexed = client.getDatabase(database).getCollection("indexed");
                MongoCollection<Document> scanned = client.getDatabase(database).getCollection("scanned");
                createIndexes(indexed, scanned);
                for (int round = 0; round < ROUNDS; round++) {
                    insertAndWrite(random, indexed, scanned, database + " round " + round);
                }
            });
            withH2File(file, client -> {
                MongoCollection<Document> indexed = client.getDatabase(database).getCollection("indexed");
                MongoCollection<Document> scanned = client.getDatabase(database).getCollection("scanned");
                queryAlike(random, indexed, scanned, 200, database + " reopened");
                for (int round = 0; round < 5; round++) {
                    insertAndWrite(random, indexed, scanned, database + " reopened, round " + round);
                    queryAlike(random, indexed, scanned, 10, database + " reopened, round " + round);
                }
            });
        }
    }

    private static void withH2File(String file, Consumer<MongoClient> work) {
        MongoServer server = new MongoServer(new IndexedH2Backend(file));
        server.bind("127.0.0.1", 0);
        try (MongoClient client = MongoClients.create(MongoConfiguration.clientSettings(server.getConnectionString()))) {
            work.accept(client);
        } finally {
            server.shutdownNow();
        }
    }

    private static void createIndexes(MongoCollection<Document> indexed, MongoCollection<Document> scanned) {
        indexed.createIndex(Indexes.ascending("a"));
        indexed.createIndex(Indexes.compoundIndex(Indexes.ascending("b"), Indexes.descending("c")));
        indexed.createIndex(Indexes.ascending("c"), new IndexOptions().sparse(true));
        indexed.createIndex(Indexes.ascending("n.x", "a"));
        indexed.createIndex(Indexes.ascending("u", "s.k", "s.v"));
        indexed.createIndex(Indexes.ascending("u", "v"), new IndexOptions().unique(true));
        indexed.createIndex(Indexes.descending("v"), new IndexOptions().unique(true));
        scanned.createIndex(Indexes.ascending("u", "v"), new IndexOptions().unique(true));
    }

    private static void insertAndWrite(RandomDocuments random, MongoCollection<Document> indexed,
                                       MongoCollection<Document> scanned, String where) {
        List<Document> documents = new ArrayList<>();
        for (int i = random.random().nextInt(8); i > 0; i--) {
            documents.add(random.document());
        }
        if (!documents.isEmpty()) {
            both(indexed, scanned, c -> c.insertMany(documents.stream().map(d -> new Document(d)).toList()));
        }
        write(random, indexed, scanned, where);
    }

    private static void queryAlike(RandomDocuments random, MongoCollection<Document> indexed,
                                   MongoCollection<Document> scanned, int queries, String where) {
        for (int q = 0; q < queries; q++) {
            Document query = random.query();
            Document sort = random.sort();
            int skip = random.random().nextInt(4) == 0 ? 1 : 0;
            int limit = random.random().nextInt(2) == 0 ? 1 + random.random().nextInt(3) : 0;
            int batchSize = random.random().nextInt(4); // 0: the client names none
            assertThat(find(indexed, query, sort, skip, limit).batchSize(batchSize).into(new ArrayList<>()))
                    .as("%s: %s sorted by %s", where, query.toJson(), sort)
                    .isEqualTo(find(scanned, query, sort, skip, limit).into(new ArrayList<>()));
            assertThat(indexed.countDocuments(query)).isEqualTo(scanned.countDocuments(query));
        }
    }

    private static void write(RandomDocuments random, MongoCollection<Document> indexed,
                              MongoCollection<Document> scanned, String where) {
        Document filter = random.query();
        switch (random.random().nextInt(5)) {
            case 0 -> assertThat(indexed.deleteOne(filter).getDeletedCount())
                    .as(where).isEqualTo(scanned.deleteOne(filter).getDeletedCount());
            case 1 -> assertThat(indexed.deleteMany(filter).getDeletedCount())
                    .as(where).isEqualTo(scanned.deleteMany(filter).getDeletedCount());
            case 2 -> {
                Document update = random.update(false);
                assertThat(indexed.updateMany(filter, update).getModifiedCount())
                        .as(where).isEqualTo(scanned.updateMany(filter, update).getModifiedCount());
            }
            case 3 -> {
                Document replacement = random.document();
                replacement.remove("_id");
                assertThat(indexed.replaceOne(filter, replacement).getMatchedCount())
                        .as(where).isEqualTo(scanned.replaceOne(filter, replacement).getMatchedCount());
            }
            default -> {
                Document update = random.update(true);
                assertThat(indexed.findOneAndUpdate(filter, update))
                        .as(where).isEqualTo(scanned.findOneAndUpdate(filter, update));
            }
        }
    }

    private static FindIterable<Document> find(MongoCollection<Document> collection, Document query, Document sort,
                                               int skip, int limit) {
        FindIterable<Document> found = collection.find(query).skip(skip).limit(limit);
        return sort == null ? found : found.sort(sort);
    }

    private static void both(MongoCollection<Document> indexed, MongoCollection<Document> scanned,
                             Consumer<MongoCollection<Document>> write) {
        write.accept(indexed);
        write.accept(scanned);
    }
}
