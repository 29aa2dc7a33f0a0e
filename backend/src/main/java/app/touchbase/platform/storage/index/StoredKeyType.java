package app.touchbase.platform.storage.index;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.ObjectId;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Index keys in an H2 map: sorted the way the query matcher compares values, each value stored as H2 stores objects,
 * but for the embedded server's own types, which H2 would store with Java serialization (an {@code ObjectId}, the
 * position of most documents, would take ten times its 12 bytes; a BSON date, an {@code Instant} here, would be
 * written and read through object streams), and for the two kinds of text most keys hold: ids
 * in UUID form (16 bytes instead of 36) and instants as axon-mongo writes them (12 instead of about 25). Such text is
 * packed only when it comes back exactly as it was.
 */
final class StoredKeyType extends BasicDataType<KeyValue> {

    private static final byte OTHER = 0;
    private static final byte OBJECT_ID = 1;
    private static final byte MISSING = 2;
    private static final byte UUID_TEXT = 3;
    private static final byte INSTANT_TEXT = 4;
    private static final byte INSTANT = 5;

    private final ObjectDataType values = new ObjectDataType();

    @Override
    public int compare(KeyValue a, KeyValue b) {
        return KeyOrder.INSTANCE.compare(a, b);
    }

    @Override
    public int getMemory(KeyValue key) {
        int memory = 24;
        for (Object value : key) {
            memory += values.getMemory(value);
        }
        return memory;
    }

    @Override
    public void write(WriteBuffer buffer, KeyValue key) {
        buffer.putVarInt(key.size());
        for (Object value : key) {
            writeValue(buffer, value);
        }
    }

    private void writeValue(WriteBuffer buffer, Object value) {
        if (value instanceof ObjectId id) {
            buffer.put(OBJECT_ID).put(id.toByteArray());
            return;
        }
        if (value instanceof Missing) {
            buffer.put(MISSING);
            return;
        }
        if (value instanceof Instant instant) {
            buffer.put(INSTANT).putLong(instant.getEpochSecond()).putInt(instant.getNano());
            return;
        }
        if (value instanceof String text) {
            UUID uuid = asUuid(text);
            if (uuid != null) {
                buffer.put(UUID_TEXT).putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits());
                return;
            }
            Instant instant = asInstant(text);
            if (instant != null) {
                buffer.put(INSTANT_TEXT).putLong(instant.getEpochSecond()).putInt(instant.getNano());
                return;
            }
        }
        values.write(buffer.put(OTHER), value);
    }

    @Override
    public KeyValue read(ByteBuffer buffer) {
        int size = DataUtils.readVarInt(buffer);
        List<Object> read = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            byte type = buffer.get();
            if (type == OBJECT_ID) {
                byte[] id = new byte[12];
                buffer.get(id);
                read.add(new ObjectId(id));
            } else if (type == MISSING) {
                read.add(Missing.getInstance());
            } else if (type == UUID_TEXT) {
                read.add(new UUID(buffer.getLong(), buffer.getLong()).toString());
            } else if (type == INSTANT_TEXT) {
                read.add(Instant.ofEpochSecond(buffer.getLong(), buffer.getInt()).toString());
            } else if (type == INSTANT) {
                read.add(Instant.ofEpochSecond(buffer.getLong(), buffer.getInt()));
            } else {
                read.add(values.read(buffer));
            }
        }
        return new KeyValue(read);
    }

    private static UUID asUuid(String text) {
        boolean shaped = text.length() == 36 && text.charAt(8) == '-';
        return shaped ? exactly(text, UUID::fromString) : null;
    }

    private static Instant asInstant(String text) {
        boolean shaped = text.length() >= 20 && text.length() <= 30 && text.charAt(4) == '-' && text.charAt(10) == 'T'
                && text.endsWith("Z");
        return shaped ? exactly(text, Instant::parse) : null;
    }

    /** The parsed value, only when it prints back as exactly the text (so the text can be written back from it). */
    private static <T> T exactly(String text, Function<String, T> parse) {
        try {
            T value = parse.apply(text);
            return value.toString().equals(text) ? value : null;
        } catch (IllegalArgumentException | DateTimeParseException notThatKind) {
            return null;
        }
    }

    @Override
    public KeyValue[] createStorage(int size) {
        return new KeyValue[size];
    }
}
