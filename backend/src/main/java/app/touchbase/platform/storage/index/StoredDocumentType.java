package app.touchbase.platform.storage.index;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * A document in the data file as BSON, the server's own encoding on the wire. H2 would store it with Java
 * serialization: a third larger, several times slower to write and twenty times slower to read, and every commit
 * writes again each document of the pages it changed.
 */
final class StoredDocumentType extends BasicDataType<Document> {

    private volatile int averageSize = 1024;

    @Override
    public void write(WriteBuffer buffer, Document document) {
        ByteBuf encoded = Unpooled.buffer(averageSize + 64);
        BsonEncoder.encodeDocument(document, encoded);
        int size = encoded.readableBytes();
        buffer.put(encoded.array(), encoded.arrayOffset() + encoded.readerIndex(), size);
        averageSize = (size + 15 * averageSize) / 16;
    }

    @Override
    public Document read(ByteBuffer buffer) {
        int size = buffer.duplicate().order(ByteOrder.LITTLE_ENDIAN).getInt();
        ByteBuffer encoded = buffer.slice();
        encoded.limit(size);
        buffer.position(buffer.position() + size);
        return BsonDecoder.decodeBson(Unpooled.wrappedBuffer(encoded));
    }

    /** In the heap a document takes a few times its encoded size; H2 only needs the estimate to size its cache. */
    @Override
    public int getMemory(Document document) {
        return 3 * averageSize;
    }

    /** Values are only ever compared for equality (a conditional replace or remove), which H2 never asks of these. */
    @Override
    public int compare(Document a, Document b) {
        return a.equals(b) ? 0 : 1;
    }

    @Override
    public Document[] createStorage(int size) {
        return new Document[size];
    }
}
