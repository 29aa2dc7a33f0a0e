package app.touchbase.contact.read;

import app.touchbase.contact.api.InteractionRecord;
import app.touchbase.interaction.api.Direction;
import app.touchbase.interaction.api.InteractionCorrected;
import app.touchbase.interaction.api.InteractionLogged;
import app.touchbase.interaction.api.InteractionRemoved;
import app.touchbase.interaction.api.InteractionType;
import app.touchbase.platform.axon.ReadModels;
import app.touchbase.platform.mongo.BsonTime;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.util.UUID;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;

/** Every live interaction of every contact, as it stands after corrections. */
@Component
@ProcessingGroup(ReadModels.PROCESSING_GROUP)
public class InteractionHistoryProjection {

    static final String COLLECTION = "contact_interactions";

    private final MongoCollection<Document> interactions;

    public InteractionHistoryProjection(MongoDatabase touchbaseDatabase) {
        this.interactions = touchbaseDatabase.getCollection(COLLECTION);
    }

    @EventHandler
    void on(InteractionLogged event) {
        Document interaction = new Document("_id", event.interactionId().toString())
                .append("contactId", event.contactId().toString())
                .append("owner", event.owner())
                .append("type", event.type().name())
                .append("occurredOn", BsonTime.day(event.occurredOn()))
                .append("direction", event.direction().name())
                .append("notes", event.notes())
                .append("loggedAt", BsonTime.date(event.loggedAt()))
                .append("corrected", false);
        interactions.replaceOne(eq("_id", interaction.getString("_id")), interaction, new ReplaceOptions().upsert(true));
    }

    @EventHandler
    void on(InteractionCorrected event) {
        interactions.updateOne(eq("_id", event.interactionId().toString()), combine(
                set("type", event.type().name()),
                set("occurredOn", BsonTime.day(event.occurredOn())),
                set("direction", event.direction().name()),
                set("notes", event.notes()),
                set("corrected", true)));
    }

    @EventHandler
    void on(InteractionRemoved event) {
        interactions.deleteOne(eq("_id", event.interactionId().toString()));
    }

    @ResetHandler
    void reset() {
        interactions.deleteMany(new Document());
    }

    static InteractionRecord record(Document doc) {
        return new InteractionRecord(UUID.fromString(doc.getString("_id")), InteractionType.valueOf(doc.getString("type")),
                BsonTime.day(doc.getString("occurredOn")), Direction.valueOf(doc.getString("direction")),
                doc.getString("notes"), BsonTime.instant(doc.getDate("loggedAt")), doc.getBoolean("corrected", false));
    }
}
