package app.touchbase.platform.readmodel;

import com.mongodb.client.model.WriteModel;
import org.bson.BsonDocument;
import org.bson.BsonValue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One collection's writes of a batch, in order, and the rows the batch knows for sure (written whole or read
 * since the last write that could change them), kept encoded so a row read back is exactly what the database
 * would return. A row known to be absent is an empty value. A row the batch does not know is read from the
 * database, after the writes that could change it are sent; the others stay with the batch.
 */
final class PendingWrites<T> {

    private final ReadModelCollection<T> collection;
    private final List<WriteModel<T>> writes = new ArrayList<>();
    private final Map<BsonValue, Optional<BsonDocument>> known = new HashMap<>();
    private final Set<BsonValue> changedUnseen = new HashSet<>();
    private boolean changedByFilter;
    /** Where the newest whole write of a row sits in {@link #writes}, while no later write could touch the row. */
    private final Map<BsonValue, Integer> lastWholeWrite = new HashMap<>();

    PendingWrites(ReadModelCollection<T> collection) {
        this.collection = collection;
    }

    Optional<BsonDocument> find(BsonValue id, Supplier<Optional<BsonDocument>> stored) {
        Optional<BsonDocument> row = known.get(id);
        if (row == null) {
            if (changedByFilter || changedUnseen.contains(id)) {
                send();
            }
            row = stored.get();
            known.put(id, row);
        }
        return row;
    }

    /** A row written whole again replaces its earlier write of this batch: only the last one reaches the database. */
    void put(BsonValue id, BsonDocument row, WriteModel<T> write) {
        Integer earlier = lastWholeWrite.get(id);
        if (earlier != null) {
            writes.set(earlier, write);
        } else {
            lastWholeWrite.put(id, writes.size());
            writes.add(write);
        }
        known.put(id, Optional.of(row));
    }

    void replaceExisting(BsonValue id, BsonDocument row, WriteModel<T> write) {
        lastWholeWrite.remove(id);
        writes.add(write);
        if (known.containsKey(id)) {
            known.put(id, known.get(id).map(present -> row));
        } else {
            changedUnseen.add(id);
        }
    }

    void delete(BsonValue id, WriteModel<T> write) {
        lastWholeWrite.remove(id);
        writes.add(write);
        known.put(id, Optional.empty());
    }

    /** An update by operators: what it makes of the row is for the database to say. */
    void changeOne(BsonValue id, WriteModel<T> write) {
        lastWholeWrite.remove(id);
        writes.add(write);
        known.remove(id);
        changedUnseen.add(id);
    }

    void changeMany(WriteModel<T> write) {
        lastWholeWrite.clear();
        writes.add(write);
        known.clear();
        changedByFilter = true;
    }

    void send() {
        if (!writes.isEmpty()) {
            collection.send(List.copyOf(writes));
            writes.clear();
            lastWholeWrite.clear();
            changedUnseen.clear();
            changedByFilter = false;
        }
    }
}
