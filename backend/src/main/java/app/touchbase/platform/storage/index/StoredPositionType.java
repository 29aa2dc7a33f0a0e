package app.touchbase.platform.storage.index;

import de.bwaldvogel.mongo.bson.ObjectId;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;

import java.nio.ByteBuffer;

/**
 * A document's position (its {@code _id}) as a key of the data map and as the value of a unique index: ordered as H2
 * orders objects, stored as H2 stores them, but an {@code ObjectId} (the id of every event) in 13 bytes, where H2
 * would write it with Java serialization, ten times the size and far slower to read.
 */
final class StoredPositionType extends ObjectDataType {

    /** A first byte H2 never writes: its own tags are all below 128. */
    private static final byte OBJECT_ID = (byte) 0xF0;
    private static final int OBJECT_ID_LENGTH = 12;

    @Override
    public void write(WriteBuffer buffer, Object position) {
        if (position instanceof ObjectId id) {
            buffer.put(OBJECT_ID).put(id.toByteArray());
        } else {
            super.write(buffer, position);
        }
    }

    @Override
    public Object read(ByteBuffer buffer) {
        if (buffer.get(buffer.position()) != OBJECT_ID) {
            return super.read(buffer);
        }
        buffer.get();
        byte[] id = new byte[OBJECT_ID_LENGTH];
        buffer.get(id);
        return new ObjectId(id);
    }

    @Override
    public int getMemory(Object position) {
        return position instanceof ObjectId ? 48 : super.getMemory(position);
    }
}
