package app.touchbase.platform.storage.index;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Objects;
import java.util.UUID;

/**
 * The keys of a unique index in the H2 file, stored as {@link StoredKeyType} stores them. H2 would order them by their
 * Java serialization, serializing both keys at every comparison of every lookup; here they are ordered the way the
 * query matcher compares values. Keys the matcher finds equal are still two keys unless they are the same values of
 * the same types, told apart by their BSON encoding (built only when the keys are not plainly equal): a document is
 * the same key only with its fields in the same order, as in MongoDB. (Java serialization also told apart equal
 * documents built differently.)
 */
final class StoredUniqueKeyType extends BasicDataType<KeyValue> {

    private final StoredKeyType stored = new StoredKeyType();

    @Override
    public int compare(KeyValue a, KeyValue b) {
        if (a.size() != b.size()) {
            return Integer.compare(a.size(), b.size());
        }
        int order = KeyOrder.INSTANCE.compare(a, b);
        if (order != 0) {
            return order;
        }
        if (plainlyEqual(a, b)) {
            return 0;
        }
        return Arrays.compareUnsigned(encoded(a), encoded(b));
    }

    /** Equal values of these types always have identical encodings. */
    private static boolean plainlyEqual(KeyValue a, KeyValue b) {
        for (int i = 0; i < a.size(); i++) {
            Object value = a.get(i);
            boolean plain = value == null || value instanceof String || value instanceof ObjectId
                    || value instanceof UUID || value instanceof Long || value instanceof Integer
                    || value instanceof Boolean;
            if (!plain || !Objects.equals(value, b.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** The key as one BSON document, a missing value under a name no value has. */
    private static byte[] encoded(KeyValue key) {
        Document document = new Document();
        for (int i = 0; i < key.size(); i++) {
            Object value = key.get(i);
            document.put((value instanceof Missing ? "missing " : "") + i, value instanceof Missing ? null : value);
        }
        ByteBuf buffer = Unpooled.buffer();
        BsonEncoder.encodeDocument(document, buffer);
        return ByteBufUtil.getBytes(buffer);
    }

    @Override
    public int getMemory(KeyValue key) {
        return stored.getMemory(key);
    }

    @Override
    public void write(WriteBuffer buffer, KeyValue key) {
        stored.write(buffer, key);
    }

    @Override
    public KeyValue read(ByteBuffer buffer) {
        return stored.read(buffer);
    }

    @Override
    public KeyValue[] createStorage(int size) {
        return new KeyValue[size];
    }
}
