package app.touchbase.platform.storage.index;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.ObjectId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The index order takes shortcuts for common kinds of value; each must order as the query matcher does. */
class KeyOrderTest {

    static final ValueComparator MATCHER = ValueComparator.ascWithoutListHandling();

    final Random random = new Random(7);

    @Test
    void valuesOrderAsTheMatcherOrdersThem() {
        List<Object> values = values();
        for (Object a : values) {
            for (Object b : values) {
                assertThat(Integer.signum(KeyOrder.compareValues(a, b)))
                        .as("%s (%s) against %s (%s)", a, kind(a), b, kind(b))
                        .isEqualTo(Integer.signum(MATCHER.compare(a, b)));
            }
        }
    }

    @Test
    void keysOrderFieldByFieldAsTheMatcherOrdersThem() {
        List<Object> values = values();
        for (int i = 0; i < 20_000; i++) {
            KeyValue a = new KeyValue(pick(values), pick(values));
            KeyValue b = random.nextBoolean() ? new KeyValue(a.get(0), pick(values)) : new KeyValue(pick(values), pick(values));
            int expected = Integer.signum(MATCHER.compare(a.get(0), b.get(0)));
            if (expected == 0) {
                expected = Integer.signum(MATCHER.compare(a.get(1), b.get(1)));
            }
            assertThat(Integer.signum(KeyOrder.INSTANCE.compare(a, b))).as("%s against %s", a, b).isEqualTo(expected);
        }
    }

    /** Ids with the sign bit set in either half, text past the basic plane, instants before 1970, and other kinds. */
    private List<Object> values() {
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            values.add(new UUID(random.nextLong(), random.nextLong()));
        }
        UUID id = UUID.randomUUID();
        values.add(new UUID(id.getMostSignificantBits(), id.getLeastSignificantBits() ^ Long.MIN_VALUE));
        values.add(new UUID(id.getMostSignificantBits() ^ Long.MIN_VALUE, id.getLeastSignificantBits()));
        values.add(id);
        values.add(new UUID(0, 0));
        values.add(new UUID(-1, -1));
        values.addAll(List.of("", "a", "A", "ab", "b", "Ä", "é", "z", "日本", "\uD83D\uDE00", "\uFF21", "ada", "ada lovelace",
                id.toString(), "2026-03-01T10:00:00Z"));
        for (int i = 0; i < 20; i++) {
            values.add(Instant.ofEpochSecond(random.nextInt() * 10L, random.nextInt(1_000_000_000)));
        }
        values.add(Instant.EPOCH);
        values.addAll(List.of(1, 2L, 2.5, -3, true, false, new ObjectId(), new ObjectId()));
        values.add(null);
        values.add(Missing.getInstance());
        return values;
    }

    private Object pick(List<Object> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String kind(Object value) {
        return value == null ? "null" : value.getClass().getSimpleName();
    }
}
