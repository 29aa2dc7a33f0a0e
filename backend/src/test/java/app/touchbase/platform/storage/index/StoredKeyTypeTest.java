package app.touchbase.platform.storage.index;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What an index key is written as in the H2 file comes back exactly, whatever its values. */
class StoredKeyTypeTest {

    final StoredKeyType type = new StoredKeyType();

    @Test
    void everyKindOfValueComesBackAsItWas() {
        List<Object> values = List.of(
                "4f9e2a55-3c1b-4b8e-9d7f-2a6c1e0b5d33", // an id: packed
                "4F9E2A55-3C1B-4B8E-9D7F-2A6C1E0B5D33", // upper case: kept as text
                "4f9e2a55-3c1b-4b8e-9d7f-2a6c1e0b5d3", // one digit short
                "2026-11-28T09:38:00.123Z", // an event's timestamp: packed
                "2026-11-28T09:38:00.000Z", // whole seconds, as Axon writes them: kept as text
                "2026-11-28T09:38:00.1234Z", // a fraction Instant would print otherwise
                "2026-02-29T09:38:00Z", // no such day
                "ada@example.org", "", 42, 42L, 4.5, true, new Date(1_700_000_000_000L),
                Instant.parse("2026-11-28T09:38:00.123456789Z"), // a BSON date
                new ObjectId(), Missing.getInstance(), new UUID(1, 2), new Document("x", 1));
        for (Object value : values) {
            KeyValue key = new KeyValue(value, new ObjectId());
            assertThat(readBack(key)).as("%s", value).isEqualTo(key);
            assertThat(readBack(key).get(0)).as("%s", value).isExactlyInstanceOf(value.getClass());
        }
        KeyValue withNull = new KeyValue(Arrays.asList(null, "x"));
        assertThat(readBack(withNull)).isEqualTo(withNull);
    }

    @Test
    void idsAndTimestampsTakeFewerBytesThanTheirText() {
        KeyValue event = new KeyValue("4f9e2a55-3c1b-4b8e-9d7f-2a6c1e0b5d33", 7.0, new ObjectId());
        KeyValue stream = new KeyValue("2026-11-28T09:38:00.123Z", 7.0, new ObjectId());

        assertThat(written(event)).isLessThan(1 + 17 + 10 + 13 + 4);
        assertThat(written(stream)).isLessThan(1 + 13 + 10 + 13 + 4);
    }

    /** Files written before dates were packed hold them as H2 writes unknown objects; they still read and sort alike. */
    @Test
    void aDateWrittenTheEarlierWayReadsBackAndEqualsOneWrittenNow() {
        Instant date = Instant.parse("2026-03-29T01:30:00Z");
        WriteBuffer earlier = new WriteBuffer();
        earlier.putVarInt(1).put((byte) 0);
        new ObjectDataType().write(earlier, date);
        ByteBuffer bytes = earlier.getBuffer();
        bytes.flip();

        KeyValue readBack = type.read(bytes);

        assertThat(readBack).isEqualTo(new KeyValue(date));
        assertThat(type.compare(readBack, readBack(new KeyValue(date)))).isZero();
        assertThat(written(new KeyValue(date))).isEqualTo(1 + 1 + 12);
    }

    private KeyValue readBack(KeyValue key) {
        WriteBuffer buffer = new WriteBuffer();
        type.write(buffer, key);
        ByteBuffer bytes = buffer.getBuffer();
        bytes.flip();
        return type.read(bytes);
    }

    private int written(KeyValue key) {
        WriteBuffer buffer = new WriteBuffer();
        type.write(buffer, key);
        return buffer.position();
    }
}
