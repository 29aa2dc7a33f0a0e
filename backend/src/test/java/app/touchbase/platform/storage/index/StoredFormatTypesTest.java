package app.touchbase.platform.storage.index;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.BinData;
import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.BsonTimestamp;
import de.bwaldvogel.mongo.bson.Decimal128;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.LegacyUUID;
import de.bwaldvogel.mongo.bson.MaxKey;
import de.bwaldvogel.mongo.bson.MinKey;
import de.bwaldvogel.mongo.bson.ObjectId;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.DataType;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The data file's documents, positions and unique keys come back as they were written, in the same order. */
class StoredFormatTypesTest {

    @Test
    void aDocumentComesBackWithEveryValueAsItWas() {
        Document document = new Document("_id", new ObjectId())
                .append("text", "Zoë, 田中さん").append("int", 7).append("long", 1L << 40).append("double", -0.0)
                .append("flag", true).append("nothing", null).append("when", Instant.ofEpochMilli(1_795_000_000_123L))
                .append("decimal", new Decimal128(1, 2)).append("binary", new BinData(new byte[]{1, 2, 3}))
                .append("uuid", new UUID(3, 4)).append("legacy", new LegacyUUID(5, 6))
                .append("timestamp", new BsonTimestamp(99L)).append("pattern", new BsonRegularExpression("^a", "i"))
                .append("lowest", MinKey.getInstance()).append("highest", MaxKey.getInstance())
                .append("nested", new Document("list", new ArrayList<>(List.of(1, "two", new Document("three", 3.0)))))
                .append("empty", new Document());

        Document back = readBack(new StoredDocumentType(), document);

        // a regular expression has no equals of its own
        assertThat(back.remove("pattern")).hasToString(document.remove("pattern").toString());
        assertThat(back).isEqualTo(document);
        assertThat(new ArrayList<>(back.keySet())).isEqualTo(new ArrayList<>(document.keySet()));
        assertThat(back.get("long")).isExactlyInstanceOf(Long.class);
        assertThat(back.get("int")).isExactlyInstanceOf(Integer.class);
        assertThat(back.get("legacy")).isExactlyInstanceOf(LegacyUUID.class);
    }

    @Test
    void documentsOneAfterAnotherAreReadOneByOne() {
        StoredDocumentType type = new StoredDocumentType();
        WriteBuffer buffer = new WriteBuffer();
        List<Document> documents = List.of(new Document("a", 1), new Document("b", "x".repeat(5000)), new Document());
        documents.forEach(document -> type.write(buffer, document));
        ByteBuffer read = buffer.getBuffer().flip();
        assertThat(List.of(type.read(read), type.read(read), type.read(read))).isEqualTo(documents);
        assertThat(read.hasRemaining()).isFalse();
    }

    @Test
    void positionsComeBackAsTheyWereAndAnObjectIdTakesThirteenBytes() {
        StoredPositionType type = new StoredPositionType();
        for (Object position : List.of(new ObjectId(), "row-1", 42, 42L, new UUID(1, 2), 2.5)) {
            assertThat(readBack(type, position)).isEqualTo(position).isExactlyInstanceOf(position.getClass());
        }
        WriteBuffer buffer = new WriteBuffer();
        type.write(buffer, new ObjectId());
        assertThat(buffer.position()).isEqualTo(13);
    }

    @Test
    void uniqueKeysAreOneKeyOnlyWhenTheyAreTheSameValuesOfTheSameTypes() {
        StoredUniqueKeyType type = new StoredUniqueKeyType();
        List<KeyValue> keys = List.of(
                new KeyValue("ada"), new KeyValue("bob"), new KeyValue(new ObjectId("6569a1b2c3d4e5f601234567")),
                new KeyValue(Arrays.asList((Object) null)), new KeyValue(Missing.getInstance()), new KeyValue(2.0),
                new KeyValue(2), new KeyValue(2L), new KeyValue(9_007_199_254_740_993L),
                new KeyValue(9_007_199_254_740_992.0), new KeyValue(new Document("a", 1).append("b", 2)),
                new KeyValue(new Document("b", 2).append("a", 1)), new KeyValue("ada", 3.0), new KeyValue("ada", 4.0));
        for (KeyValue a : keys) {
            assertThat(type.compare(a, copyOf(a))).as("%s", a).isZero();
            assertThat(readBack(type, a)).isEqualTo(a);
            for (KeyValue b : keys) {
                if (a != b) {
                    assertThat(type.compare(a, b)).as("%s against %s", a, b).isNotZero()
                            .isEqualTo(-type.compare(b, a));
                }
            }
        }
    }

    private static KeyValue copyOf(KeyValue key) {
        List<Object> values = new ArrayList<>();
        key.forEach(value -> values.add(value instanceof Document document ? new Document(document) : value));
        return new KeyValue(values);
    }

    private static <T> T readBack(DataType<T> type, T value) {
        WriteBuffer buffer = new WriteBuffer();
        type.write(buffer, value);
        return type.read(buffer.getBuffer().flip());
    }
}
