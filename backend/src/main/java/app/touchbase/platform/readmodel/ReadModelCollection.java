package app.touchbase.platform.readmodel;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.DeleteManyModel;
import com.mongodb.client.model.DeleteOneModel;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateManyModel;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.WriteModel;
import org.bson.BsonDocument;
import org.bson.BsonDocumentReader;
import org.bson.BsonDocumentWriter;
import org.bson.BsonValue;
import org.bson.Document;
import org.bson.codecs.Codec;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.EncoderContext;
import org.bson.conversions.Bson;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static com.mongodb.client.model.Filters.eq;

/**
 * A read model's collection as its projection writes it. While the read-model processor handles a batch of events,
 * the writes stay with the batch and reach the database as one bulk write per collection once the batch's last event
 * is handled, before its token is stored: a replay costs a few round trips (and, on the data file, a few commits) per
 * batch instead of several per event. A read by id sees the batch's own writes; any other read first sends what the
 * batch holds for this collection. Outside a batch every write goes straight to the database.
 */
public final class ReadModelCollection<T> {

    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);

    private final MongoCollection<T> collection;
    private final Codec<T> codec;

    private ReadModelCollection(MongoCollection<T> collection) {
        this.collection = collection;
        this.codec = collection.getCodecRegistry().get(collection.getDocumentClass());
    }

    public static <T> ReadModelCollection<T> of(MongoDatabase database, String name, Class<T> rowType) {
        return new ReadModelCollection<>(database.getCollection(name, rowType));
    }

    public static ReadModelCollection<Document> of(MongoDatabase database, String name) {
        return of(database, name, Document.class);
    }

    /** The collection itself, for queries and indexes: it does not see writes of a batch still being handled. */
    public MongoCollection<T> stored() {
        return collection;
    }

    public Optional<T> findById(Object id) {
        return pending()
                .map(writes -> writes.find(idOf(id), () -> stored(id).map(this::encode)).map(this::decode))
                .orElseGet(() -> stored(id));
    }

    private Optional<T> stored(Object id) {
        return Optional.ofNullable(collection.find(eq("_id", id)).first());
    }

    /** The first row the filter finds in the sort's order, after what the batch holds for this collection is stored. */
    public Optional<T> findFirst(Bson filter, Bson sort) {
        pending().ifPresent(PendingWrites::send);
        return Optional.ofNullable(collection.find(filter).sort(sort).first());
    }

    /** The rows the filter finds, after what the batch holds for this collection is stored. */
    public List<T> findAll(Bson filter) {
        pending().ifPresent(PendingWrites::send);
        return collection.find(filter).into(new ArrayList<>());
    }

    /** Stores the row under its {@code _id}, whether or not one is stored yet. */
    public void put(T row) {
        BsonDocument document = encode(row);
        BsonValue id = document.get("_id");
        pending().ifPresentOrElse(
                writes -> writes.put(id, document, new ReplaceOneModel<>(eq("_id", id), row, UPSERT)),
                () -> collection.replaceOne(eq("_id", id), row, UPSERT));
    }

    /** Replaces the row stored under the same {@code _id}; does nothing when there is none. */
    public void replaceExisting(T row) {
        BsonDocument document = encode(row);
        BsonValue id = document.get("_id");
        pending().ifPresentOrElse(
                writes -> writes.replaceExisting(id, document, new ReplaceOneModel<>(eq("_id", id), row)),
                () -> collection.replaceOne(eq("_id", id), row));
    }

    public void update(Object id, Bson update) {
        pending().ifPresentOrElse(
                writes -> writes.changeOne(idOf(id), new UpdateOneModel<>(eq("_id", id), update)),
                () -> collection.updateOne(eq("_id", id), update));
    }

    public void updateMany(Bson filter, Bson update) {
        pending().ifPresentOrElse(
                writes -> writes.changeMany(new UpdateManyModel<>(filter, update)),
                () -> collection.updateMany(filter, update));
    }

    public void delete(Object id) {
        pending().ifPresentOrElse(
                writes -> writes.delete(idOf(id), new DeleteOneModel<>(eq("_id", id))),
                () -> collection.deleteOne(eq("_id", id)));
    }

    public void deleteMany(Bson filter) {
        pending().ifPresentOrElse(
                writes -> writes.changeMany(new DeleteManyModel<>(filter)),
                () -> collection.deleteMany(filter));
    }

    private Optional<PendingWrites<T>> pending() {
        return BatchOfWrites.current().map(batch -> batch.writesTo(this));
    }

    void send(List<WriteModel<T>> writes) {
        collection.bulkWrite(writes);
    }

    private BsonValue idOf(Object id) {
        return eq("_id", id).toBsonDocument(collection.getDocumentClass(), collection.getCodecRegistry()).get("_id");
    }

    private BsonDocument encode(T row) {
        BsonDocument document = new BsonDocument();
        codec.encode(new BsonDocumentWriter(document), row, EncoderContext.builder().isEncodingCollectibleDocument(true).build());
        return document;
    }

    private T decode(BsonDocument document) {
        return codec.decode(new BsonDocumentReader(document), DecoderContext.builder().build());
    }
}
