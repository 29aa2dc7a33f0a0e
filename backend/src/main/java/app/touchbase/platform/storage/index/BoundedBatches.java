package app.touchbase.platform.storage.index;

import de.bwaldvogel.mongo.backend.AbstractCursor;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.EmptyCursor;
import de.bwaldvogel.mongo.backend.InMemoryCursor;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.bson.BsonTimestamp;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Keeps each batch of a client's read within 16 MB, as MongoDB does. The embedded server answers a read that names no
 * batch size with every matching document in one reply, and the driver refuses a reply over 48 MB: a year of a busy
 * network's touches came to more. The rest waits in a cursor the driver reads on from. A batch holds at least one
 * document and never more than the client asked for.
 * <p>
 * A client gets copies. The server answers with the stored documents themselves, encodes them after the collection is
 * free again, and an update changes a stored document's fields in place: an update of the same document meanwhile
 * broke the reply ({@code ConcurrentModificationException}). An update puts new values in place of the old ones and
 * never changes a value within, so a copy of each document's own fields, taken while the collection is held, is
 * enough.
 */
final class BoundedBatches {

    static final int MAX_BATCH_BYTES = 16 * 1024 * 1024;

    private BoundedBatches() {
    }

    /**
     * The result of a client's read, copied, its first batch cut at 16 MB if no cursor holds the rest already. Called
     * while the collection is held.
     */
    static QueryResult of(QueryResult result, CursorRegistry cursors) {
        List<Document> documents = copies(result.collectDocuments());
        long cursorId = result.getCursorId();
        if (cursorId != EmptyCursor.get().getId()) {
            if (!(cursors.getCursor(cursorId) instanceof InMemoryCursor held)) {
                return new QueryResult(documents, cursorId); // a cursor that reads on by itself copies what it reads
            }
            cursors.remove(held);
            Rest rest = new Rest(cursorId, copies(held.takeDocuments(Integer.MAX_VALUE)));
            cursors.add(rest);
            return new QueryResult(documents, rest);
        }
        int first = fitting(documents, 0);
        if (first == documents.size()) {
            return new QueryResult(documents);
        }
        Rest rest = new Rest(cursors.generateCursorId(), documents.subList(first, documents.size()));
        cursors.add(rest);
        return new QueryResult(documents.subList(0, first), rest);
    }

    /** Each document with its own fields copied; the values are shared, as an update replaces them and never changes them. */
    static List<Document> copies(List<Document> documents) {
        List<Document> copies = new ArrayList<>(documents.size());
        for (Document document : documents) {
            copies.add(document.clone());
        }
        return copies;
    }

    /** How many documents, from the first, one batch holds: all that fit in 16 MB, and at most {@code asked} if it is set. */
    static int fitting(List<Document> documents, int asked) {
        int wanted = asked > 0 ? Math.min(asked, documents.size()) : documents.size();
        long bytes = 0;
        for (int i = 0; i < wanted; i++) {
            bytes += atMost(documents.get(i));
            if (bytes > MAX_BATCH_BYTES && i > 0) {
                return i;
            }
        }
        return wanted;
    }

    /**
     * A bound on a value's encoded size, walked rather than encoded: encoding each document once more to measure it
     * cost a read of thousands of rows a fifth of its time. A name or a text counts three bytes a character, the most
     * UTF-8 takes; a value of a rarer type is encoded.
     */
    static long atMost(Object value) {
        // the commonest and final types first: each test of an interface costs more when it fails
        if (value instanceof String text) {
            return 5 + 3L * text.length();
        }
        if (value == null || value instanceof Boolean || value instanceof Missing) {
            return 1;
        }
        if (value instanceof Instant || value instanceof Long || value instanceof Double || value instanceof BsonTimestamp) {
            return 8;
        }
        if (value instanceof UUID) {
            return 21;
        }
        if (value instanceof Integer) {
            return 4;
        }
        if (value instanceof Map<?, ?> document) {
            long bytes = 5;
            for (Map.Entry<?, ?> entry : document.entrySet()) {
                bytes += 2 + 3L * entry.getKey().toString().length() + atMost(entry.getValue());
            }
            return bytes;
        }
        if (value instanceof Collection<?> array) {
            long bytes = 5;
            for (Object element : array) {
                bytes += 12 + atMost(element); // an element's name is its index: ten digits at most
            }
            return bytes;
        }
        return encoded(value);
    }

    private static long encoded(Object value) {
        ByteBuf buffer = Unpooled.buffer();
        try {
            BsonEncoder.encodeValue(BsonEncoder.determineType(value), value, buffer);
            return buffer.writerIndex();
        } finally {
            buffer.release();
        }
    }

    /** What a first batch left, handed out batch by batch as the driver asks on. */
    private static final class Rest extends AbstractCursor {

        private List<Document> remaining;

        Rest(long id, List<Document> remaining) {
            super(id);
            this.remaining = remaining;
        }

        @Override
        public synchronized boolean isEmpty() {
            return remaining.isEmpty();
        }

        @Override
        public synchronized List<Document> takeDocuments(int numberToReturn) {
            int count = fitting(remaining, numberToReturn);
            List<Document> batch = remaining.subList(0, count);
            remaining = remaining.subList(count, remaining.size());
            return batch;
        }
    }
}
