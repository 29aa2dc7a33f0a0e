package app.touchbase.platform.storage.index;

import app.touchbase.platform.storage.MongoConfiguration;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import de.bwaldvogel.mongo.MongoServer;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVMap;
import de.bwaldvogel.mongo.backend.KeyValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Updates.set;
import static org.assertj.core.api.Assertions.assertThat;

/** After every kind of write the indexed answer is the scanned one ({@code $natural} order forces the scan). */
class IndexStaysExactTest {

    private static final Bson DUE_SOON = and(eq("owner", "ada"), gte("due", 10), lt("due", 30));

    @ParameterizedTest
    @EnumSource(IndexedBackends.class)
    void updatesReplacesAndDeletesKeepTheIndexExact(IndexedBackends backend) {
        try (IndexedBackends.Running running = backend.start()) {
            MongoCollection<Document> rows = running.client().getDatabase("db").getCollection("rows");
            rows.createIndex(Indexes.ascending("owner", "due"));
            rows.insertMany(rows(0, 60));
            assertSameAsScan(rows);

            rows.updateMany(and(eq("owner", "ada"), lt("due", 20)), set("due", 25));
            assertSameAsScan(rows);
            rows.updateOne(eq("_id", 31), set("owner", "ada"));
            rows.replaceOne(eq("_id", 32), new Document("owner", "ada").append("due", 12));
            rows.replaceOne(eq("_id", 100), new Document("owner", "ada").append("due", 11), new ReplaceOptions().upsert(true));
            assertSameAsScan(rows);
            rows.deleteMany(and(eq("owner", "ada"), gte("due", 25)));
            rows.deleteOne(eq("_id", 100));
            assertSameAsScan(rows);
            assertThat(keys(running.client().getDatabase("db"), "rows", "owner_1_due_1")).isEqualTo(rows.countDocuments());
        }
    }

    @ParameterizedTest
    @EnumSource(IndexedBackends.class)
    void droppingTheIndexOrTheCollectionLeavesNothingStale(IndexedBackends backend) {
        try (IndexedBackends.Running running = backend.start()) {
            MongoCollection<Document> rows = running.client().getDatabase("db").getCollection("rows");
            rows.createIndex(Indexes.ascending("owner", "due"));
            rows.insertMany(rows(0, 40));
            rows.dropIndex("owner_1_due_1");
            rows.deleteMany(eq("owner", "ada"));
            rows.createIndex(Indexes.ascending("owner", "due"));
            assertSameAsScan(rows);
            assertThat(rows.find(DUE_SOON).into(new ArrayList<>())).isEmpty();

            rows.drop();
            rows.createIndex(Indexes.ascending("owner", "due"));
            rows.insertMany(rows(1000, 10));
            assertSameAsScan(rows);
            assertThat(rows.countDocuments(eq("owner", "ada"))).isEqualTo(5);
        }
    }

    @ParameterizedTest
    @EnumSource(IndexedBackends.class)
    void deletingEveryDocumentEmptiesEveryIndex(IndexedBackends backend) {
        try (IndexedBackends.Running running = backend.start()) {
            MongoDatabase database = running.client().getDatabase("db");
            MongoCollection<Document> rows = everyKindOfIndex(database);
            rows.insertMany(rowsWithArraysAndGaps(0, 300));
            running.scans().clear();

            assertThat(rows.deleteMany(new Document()).getDeletedCount()).isEqualTo(300);

            if (backend == IndexedBackends.H2) {
                assertThat(running.scans().shapes()).as("the maps are emptied, not read").isEmpty();
            }
            assertEmptiedAndStillIndexing(database, rows);
        }
    }

    @Test
    void anH2FileEmptiedOfEveryDocumentKeepsItsIndexesAfterARestart(@TempDir Path folder) {
        String file = folder.resolve("data.mv").toString();
        withH2(file, database -> {
            MongoCollection<Document> rows = everyKindOfIndex(database);
            rows.insertMany(rowsWithArraysAndGaps(0, 300));
            assertThat(rows.deleteMany(new Document()).getDeletedCount()).isEqualTo(300);
        });
        withH2(file, database -> assertEmptiedAndStillIndexing(database, database.getCollection("rows")));
    }

    private static MongoCollection<Document> everyKindOfIndex(MongoDatabase database) {
        MongoCollection<Document> rows = database.getCollection("rows");
        rows.createIndex(Indexes.ascending("owner", "due"));
        rows.createIndex(Indexes.ascending("owner", "_id"), new IndexOptions().unique(true));
        rows.createIndex(Indexes.ascending("code"), new IndexOptions().unique(true).sparse(true));
        rows.createIndex(Indexes.ascending("tags"));
        return rows;
    }

    /** Some rows hold arrays (a multikey index), some lack the indexed fields (keyless entries), each has a unique code. */
    private static List<Document> rowsWithArraysAndGaps(int from, int count) {
        return rows(from, count).stream().map(row -> {
            int id = row.getInteger("_id");
            Document shaped = new Document(row).append("code", "c" + id);
            if (id % 3 == 0) {
                shaped.append("tags", List.of("t" + id % 7, "t" + id % 5));
            }
            if (id % 10 == 0) {
                shaped.remove("due");
            }
            return shaped;
        }).toList();
    }

    private static void assertEmptiedAndStillIndexing(MongoDatabase database, MongoCollection<Document> rows) {
        assertThat(rows.find().into(new ArrayList<>())).isEmpty();
        for (String index : List.of("_id_", "owner_1_due_1", "owner_1__id_1", "code_1", "tags_1")) {
            assertThat(keys(database, "rows", index)).as(index).isZero();
        }
        assertThat(database.runCommand(new Document("collStats", "rows")).get("size", Number.class).longValue()).isZero();

        // the same ids and unique codes again: a stale unique entry would refuse them
        rows.insertMany(rowsWithArraysAndGaps(0, 120));
        assertSameAsScan(rows);
        assertThat(rows.find(eq("tags", "t2")).sort(new Document("$natural", 1)).into(new ArrayList<>()))
                .isEqualTo(rows.find(eq("tags", "t2")).into(new ArrayList<>())).isNotEmpty();
        assertThat(rows.find(eq("code", "c7")).into(new ArrayList<>())).singleElement()
                .satisfies(row -> assertThat(row.get("_id")).isEqualTo(7));
        for (String index : List.of("_id_", "owner_1_due_1", "owner_1__id_1", "code_1")) {
            assertThat(keys(database, "rows", index)).as(index).isEqualTo(120);
        }
    }

    @Test
    void anH2FileKeepsItsIndexesAndBuildsThoseItDoesNotHaveYet(@TempDir Path folder) {
        String file = folder.resolve("data.mv").toString();
        withH2(file, database -> {
            MongoCollection<Document> rows = database.getCollection("rows");
            rows.createIndex(Indexes.ascending("owner", "due"));
            rows.createIndex(Indexes.ascending("owner", "_id"), new IndexOptions().unique(true));
            rows.insertMany(rows(0, 2000));
            // no _id given: the client makes an ObjectId, which the stored keys hold in 12 bytes
            rows.insertMany(IntStream.range(0, 10).mapToObj(i -> new Document("owner", "cy").append("due", i)).toList());
            rows.deleteMany(eq("owner", "cy"));
            rows.insertMany(IntStream.range(0, 10).mapToObj(i -> new Document("owner", "cy").append("due", i)).toList());
        });
        assertThat(storedKeys(file, "db.rows._ordered_owner_1_due_1")).isEqualTo(2010);
        assertThat(storedKeys(file, "db.rows._ordered_owner_1__id_1")).isEqualTo(2010);

        withH2(file, database -> {
            MongoCollection<Document> rows = database.getCollection("rows");
            assertSameAsScan(rows);
            assertThat(rows.find(and(eq("owner", "ada"), gte("_id", 1990))).into(new ArrayList<>())).hasSize(5);
            assertThat(keys(database, "rows", "owner_1_due_1")).isEqualTo(2010);
            assertThat(rows.find(and(eq("owner", "cy"), gte("due", 5))).into(new ArrayList<>())).hasSize(5)
                    .allMatch(row -> row.get("_id") instanceof org.bson.types.ObjectId);
            rows.insertOne(new Document("_id", 5000).append("owner", "ada").append("due", 20));
            rows.deleteOne(eq("_id", 4));
            assertSameAsScan(rows);
        });

        // a file from before the indexes were stored in it: they are built from its documents when it is opened
        try (MVStore store = new MVStore.Builder().fileName(file).open()) {
            store.getMapNames().stream().filter(name -> name.contains("._ordered_")).toList().forEach(store::removeMap);
        }
        withH2(file, database -> {
            MongoCollection<Document> rows = database.getCollection("rows");
            assertThat(keys(database, "rows", "owner_1_due_1")).isEqualTo(2010);
            assertSameAsScan(rows);
            assertThat(rows.find(and(eq("owner", "ada"), gte("_id", 1990))).into(new ArrayList<>())).hasSize(6); // 5000 came in the second run
        });
        assertThat(storedKeys(file, "db.rows._ordered_owner_1__id_1")).isEqualTo(2010);

        // a fill cut short (the process stopped while the store committed in the background): emptied and filled again
        try (MVStore store = new MVStore.Builder().fileName(file).open()) {
            MVMap<KeyValue, Boolean> entries = store.openMap("db.rows._ordered_owner_1_due_1",
                    new MVMap.Builder<KeyValue, Boolean>().keyType(new StoredKeyType()));
            List<KeyValue> half = entries.keyList().subList(0, 1000);
            new ArrayList<>(half).forEach(entries::remove);
            store.openMap("db.rows._ordered_owner_1_due_1.flags").clear();
        }
        withH2(file, database -> {
            assertThat(keys(database, "rows", "owner_1_due_1")).isEqualTo(2010);
            assertSameAsScan(database.getCollection("rows"));
        });
    }

    private static long storedKeys(String file, String mapName) {
        try (MVStore store = new MVStore.Builder().fileName(file).readOnly().open()) {
            return store.hasMap(mapName) ? store.openMap(mapName, new MVMap.Builder<KeyValue, Boolean>().keyType(new StoredKeyType())).sizeAsLong() : 0;
        }
    }

    private interface WithDatabase {
        void accept(MongoDatabase database);
    }

    private static void withH2(String file, WithDatabase work) {
        IndexedH2Backend backend = new IndexedH2Backend(file);
        MongoServer server = new MongoServer(backend);
        server.bind("127.0.0.1", 0);
        try (MongoClient client = MongoClients.create(MongoConfiguration.clientSettings(server.getConnectionString()))) {
            work.accept(client.getDatabase("db"));
        } finally {
            server.shutdownNow();
        }
    }

    private static List<Document> rows(int from, int count) {
        return IntStream.range(from, from + count)
                .mapToObj(i -> new Document("_id", i).append("owner", i % 2 == 0 ? "ada" : "bob").append("due", i % 50))
                .toList();
    }

    private static void assertSameAsScan(MongoCollection<Document> rows) {
        for (Bson query : List.of(DUE_SOON, eq("owner", "bob"), and(eq("owner", "ada"), gte("due", 25)), eq("owner", "cy"))) {
            List<Document> indexed = rows.find(query).into(new ArrayList<>());
            List<Document> scanned = rows.find(query).sort(new Document("$natural", 1)).into(new ArrayList<>());
            assertThat(indexed).isEqualTo(scanned);
        }
    }

    private static long keys(MongoDatabase database, String collection, String index) {
        Document validation = database.runCommand(new Document("validate", collection));
        return validation.get("keysPerIndex", Document.class).get(index, Number.class).longValue();
    }
}
