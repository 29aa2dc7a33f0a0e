package app.touchbase.platform.storage.index;

import app.touchbase.platform.storage.MongoConfiguration;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.BsonRegularExpression;
import org.bson.Document;
import org.bson.types.Binary;
import org.bson.types.Decimal128;
import org.bson.types.MaxKey;
import org.bson.types.MinKey;
import org.bson.types.ObjectId;
import org.h2.mvstore.Cursor;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.IntStream;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A data file written with Java serialization is converted once, and a conversion cut short is finished. */
class DataFileFormatTest {

    private static final String EVENTS_MAP = "databases.db.events";

    @TempDir
    Path folder;

    @Test
    void aFileWrittenBeforeReadsBackTheSameAndKeepsItsUniqueKeys() {
        String file = writtenTheOldWay();
        Map<String, List<Document>> before = everything(file, H2Backend::new);

        Map<String, List<Document>> after = everything(file, IndexedH2Backend::new);

        assertThat(after).isEqualTo(before);
        assertThat(storedAsBson(file)).isEqualTo(before.get("events").size());
        withDatabase(file, IndexedH2Backend::new, database -> {
            MongoCollection<Document> events = database.getCollection("events");
            assertThat(events.find(and(eq("aggregate", "a3"), gte("sequence", 7L))).into(new ArrayList<>()))
                    .extracting(event -> event.getLong("sequence")).containsExactly(7L, 8L, 9L);
            assertThatThrownBy(() -> events.insertOne(event(3, 8)))
                    .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
            assertThatThrownBy(() -> events.insertOne(event(99, 0).append("eventIdentifier", "e-3-4")))
                    .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
            MongoCollection<Document> rows = database.getCollection("rows");
            assertThat(rows.find(eq("_id", "row-2")).first()).isEqualTo(before.get("rows").get(2));
            assertThatThrownBy(() -> rows.insertOne(new Document("_id", "row-9")))
                    .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
        });
        assertThat(everything(file, IndexedH2Backend::new)).isEqualTo(before);
    }

    @Test
    void uniqueKeysTellNullAndAMissingFieldApartExactlyAsBefore() {
        List<Boolean> before = acceptedInserts(H2Backend::new);
        List<Boolean> now = acceptedInserts(IndexedH2Backend::new);

        assertThat(now).isEqualTo(before).contains(false);
    }

    private List<Boolean> acceptedInserts(Function<String, MongoBackend> backend) {
        List<Boolean> accepted = new ArrayList<>();
        withDatabase(folder.resolve(UUID.randomUUID() + ".mv").toString(), backend, database -> {
            MongoCollection<Document> rows = database.getCollection("rows");
            rows.createIndex(Indexes.ascending("code"), new IndexOptions().unique(true));
            List<Document> inserts = List.of(new Document("_id", 1).append("code", null), new Document("_id", 2),
                    new Document("_id", 3), new Document("_id", 4).append("code", null),
                    new Document("_id", 5).append("code", "x"), new Document("_id", 6).append("code", "x"));
            for (Document row : inserts) {
                try {
                    rows.insertOne(row);
                    accepted.add(true);
                } catch (MongoWriteException duplicate) {
                    accepted.add(false);
                }
            }
        });
        return accepted;
    }

    @Test
    void droppingADatabaseLeavesTheFileInItsFormat() {
        String file = folder.resolve("dropped.mv").toString();
        withTouchbase(file, database -> {
            database.getCollection("contacts").insertOne(new Document("_id", "c1").append("name", "Ada"));
            database.drop();
            database.getCollection("contacts").insertOne(new Document("_id", "c2").append("name", "Grace"));
        });

        withTouchbase(file, database -> assertThat(database.getCollection("contacts").find().into(new ArrayList<>()))
                .containsExactly(new Document("_id", "c2").append("name", "Grace")));
    }

    private static void withTouchbase(String file, WithDatabase work) {
        withDatabase(file, IndexedH2Backend::new, "touchbase", work);
    }

    enum CutShort {
        /** A copy was being made: it is dropped and made again. */
        WHILE_COPYING,
        /** The copy was complete and marked, the old map still there. */
        BEFORE_THE_OLD_MAP_WENT,
        /** The old map was removed, the copy not yet renamed. */
        BEFORE_THE_COPY_TOOK_ITS_NAME
    }

    @ParameterizedTest
    @EnumSource(CutShort.class)
    void aConversionCutShortIsFinishedAtTheNextStart(CutShort when) {
        String file = writtenTheOldWay();
        Map<String, List<Document>> before = everything(file, H2Backend::new);
        try (MVStore store = new MVStore.Builder().fileName(file).open()) {
            MVMap<Object, Object> old = store.openMap(EVENTS_MAP);
            MVMap<Object, de.bwaldvogel.mongo.bson.Document> copy = store.openMap("touchbase-converting:" + EVENTS_MAP,
                    DataFileFormat.dataMap());
            if (when == CutShort.WHILE_COPYING) {
                copy.put("not an event", new de.bwaldvogel.mongo.bson.Document("half", true));
            } else {
                for (Cursor<Object, Object> cursor = old.cursor(null); cursor.hasNext(); ) {
                    Object key = cursor.next();
                    copy.put(key, (de.bwaldvogel.mongo.bson.Document) cursor.getValue());
                }
                store.openMap("touchbase-format").put(EVENTS_MAP, "copied");
                if (when == CutShort.BEFORE_THE_COPY_TOOK_ITS_NAME) {
                    store.removeMap(old);
                }
            }
        }

        assertThat(everything(file, IndexedH2Backend::new)).isEqualTo(before);
        assertThat(storedAsBson(file)).isEqualTo(before.get("events").size());
        try (MVStore store = new MVStore.Builder().fileName(file).readOnly().open()) {
            assertThat(store.getMapNames()).noneMatch(name -> name.startsWith("touchbase-converting:"));
        }
    }

    /** Events with client-made ObjectIds and two unique indexes, rows with text and UUID ids and every BSON type. */
    private String writtenTheOldWay() {
        String file = folder.resolve(UUID.randomUUID() + ".mv").toString();
        withDatabase(file, H2Backend::new, database -> {
            MongoCollection<Document> events = database.getCollection("events");
            events.createIndex(Indexes.ascending("aggregate", "sequence"), new IndexOptions().unique(true));
            events.createIndex(Indexes.ascending("eventIdentifier"), new IndexOptions().unique(true));
            for (int aggregate = 0; aggregate < 20; aggregate++) {
                int aggregateNumber = aggregate;
                events.insertMany(IntStream.range(0, 10).mapToObj(sequence -> event(aggregateNumber, sequence)).toList());
            }
            MongoCollection<Document> rows = database.getCollection("rows");
            rows.insertMany(IntStream.range(0, 10).mapToObj(DataFileFormatTest::rowOfEveryType).toList());
            database.getCollection("byUuid").insertOne(new Document("_id", UUID.fromString("3f6c2a9e-8d1b-4c57-9a0e-5b7d2e4f1a63"))
                    .append("owner", "ada"));
        });
        return file;
    }

    private static Document event(int aggregate, int sequence) {
        return new Document("aggregate", "a" + aggregate).append("sequence", (long) sequence)
                .append("eventIdentifier", "e-" + aggregate + "-" + sequence)
                .append("payload", "{\"note\":\"Her twins start school in Lisbon\",\"n\":" + sequence + "}")
                .append("timestamp", "2026-11-27T10:15:30." + (100 + sequence) + "Z");
    }

    private static Document rowOfEveryType(int i) {
        return new Document("_id", "row-" + i)
                .append("text", "Zoë, 田中さん " + i)
                .append("int", i).append("long", 1L << 40).append("double", 2.5 + i).append("flag", i % 2 == 0)
                .append("nothing", null)
                .append("when", new Date(1_795_000_000_000L + i))
                .append("decimal", new Decimal128(new BigDecimal("12.345")))
                .append("binary", new Binary(new byte[]{1, 2, (byte) i}))
                .append("uuid", UUID.nameUUIDFromBytes(new byte[]{(byte) i}))
                .append("objectId", new ObjectId("6569a1b2c3d4e5f601234567"))
                .append("pattern", new BsonRegularExpression("^a.*", "i"))
                .append("lowest", new MinKey()).append("highest", new MaxKey())
                .append("nested", new Document("list", List.of(1, "two", new Document("three", 3.0), List.of())))
                .append("empty", new Document());
    }

    private Map<String, List<Document>> everything(String file, Function<String, MongoBackend> backend) {
        Map<String, List<Document>> collections = new TreeMap<>();
        withDatabase(file, backend, database -> {
            for (String name : database.listCollectionNames()) {
                collections.put(name, database.getCollection(name).find().sort(new Document("$natural", 1))
                        .into(new ArrayList<>()));
            }
        });
        return collections;
    }

    /** Reading the events' map with this format's types fails unless it was written in it. */
    private static long storedAsBson(String file) {
        try (MVStore store = new MVStore.Builder().fileName(file).readOnly().open()) {
            MVMap<Object, de.bwaldvogel.mongo.bson.Document> events = store.openMap(EVENTS_MAP, DataFileFormat.dataMap());
            return events.values().stream().filter(event -> event.containsKey("eventIdentifier")).count();
        }
    }

    private interface WithDatabase {
        void accept(MongoDatabase database);
    }

    private static void withDatabase(String file, Function<String, MongoBackend> backend, WithDatabase work) {
        withDatabase(file, backend, "db", work);
    }

    private static void withDatabase(String file, Function<String, MongoBackend> backend, String name, WithDatabase work) {
        MongoBackend opened = backend.apply(file);
        MongoServer server = new MongoServer(opened);
        server.bind("127.0.0.1", 0);
        try (MongoClient client = MongoClients.create(MongoConfiguration.clientSettings(server.getConnectionString()))) {
            work.accept(client.getDatabase(name));
        } finally {
            server.shutdownNow();
        }
    }
}
