package app.touchbase.replay;

import app.touchbase.platform.axon.ReadModels;
import app.touchbase.platform.mongo.BsonTime;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.UpdateOptions;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;
import static com.mongodb.client.model.Updates.unset;

/**
 * One document that says which read-model version the collections were built by and whether a rebuild is under way.
 * The rebuild part is written before anything is deleted and removed only once the rebuild has reached the head it
 * started from, so a process killed in between finds it at the next start and rebuilds again.
 */
@Component
class RebuildMarker {

    static final String COLLECTION = "read_model_rebuild";
    private static final String ID = ReadModels.PROCESSING_GROUP;

    record Rebuild(String id, String reason, Instant requestedAt) {
    }

    record State(Integer version, Optional<Rebuild> rebuild) {
        static final State NONE = new State(null, Optional.empty());
    }

    private final MongoCollection<Document> markers;

    RebuildMarker(MongoDatabase touchbaseDatabase) {
        this.markers = touchbaseDatabase.getCollection(COLLECTION);
    }

    State read() {
        Document doc = markers.find(eq("_id", ID)).first();
        if (doc == null) {
            return State.NONE;
        }
        Document rebuild = doc.get("rebuild", Document.class);
        return new State(doc.getInteger("version"), Optional.ofNullable(rebuild).map(r -> new Rebuild(
                r.getString("id"), r.getString("reason"), BsonTime.instant(r.getDate("requestedAt")))));
    }

    boolean rebuilding() {
        return read().rebuild().isPresent();
    }

    Rebuild place(String reason, int version, Instant at) {
        Rebuild rebuild = new Rebuild(UUID.randomUUID().toString(), reason, at);
        markers.updateOne(eq("_id", ID), combine(set("version", version), set("rebuild", new Document("id", rebuild.id())
                        .append("reason", reason).append("requestedAt", BsonTime.date(at)))),
                new UpdateOptions().upsert(true));
        return rebuild;
    }

    /** Removes the marker of that rebuild only: a rebuild asked for since then keeps its own. */
    void remove(Rebuild rebuild) {
        markers.updateOne(and(eq("_id", ID), eq("rebuild.id", rebuild.id())), unset("rebuild"));
    }
}
