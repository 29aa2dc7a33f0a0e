package app.touchbase.occasion.read;

import app.touchbase.contact.api.ContactAdded;
import app.touchbase.contact.api.ContactArchived;
import app.touchbase.contact.api.ContactDetailsChanged;
import app.touchbase.contact.api.ContactRestored;
import app.touchbase.followup.api.FollowUpAdded;
import app.touchbase.followup.api.FollowUpCompleted;
import app.touchbase.importantdate.api.ImportantDateAdded;
import app.touchbase.importantdate.api.ImportantDateRemoved;
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
import static com.mongodb.client.model.Updates.set;

/**
 * Important dates and open follow-ups, one document each, plus each contact's name and archived flag so the
 * lists can name the person and leave archived contacts out.
 */
@Component
@ProcessingGroup(ReadModels.PROCESSING_GROUP)
class OccasionsProjection {

    static final String DATES = "important_dates";
    static final String FOLLOW_UPS = "follow_ups";
    static final String CONTACTS = "occasion_contacts";

    private final MongoCollection<Document> dates;
    private final MongoCollection<Document> followUps;
    private final MongoCollection<Document> contacts;

    OccasionsProjection(MongoDatabase touchbaseDatabase) {
        this.dates = touchbaseDatabase.getCollection(DATES);
        this.followUps = touchbaseDatabase.getCollection(FOLLOW_UPS);
        this.contacts = touchbaseDatabase.getCollection(CONTACTS);
    }

    @EventHandler
    void on(ContactAdded event) {
        contacts.replaceOne(eq("_id", event.contactId().toString()),
                new Document("_id", event.contactId().toString()).append("name", event.details().name()).append("archived", false),
                new ReplaceOptions().upsert(true));
    }

    @EventHandler
    void on(ContactDetailsChanged event) {
        contacts.updateOne(eq("_id", event.contactId().toString()), set("name", event.details().name()));
    }

    @EventHandler
    void on(ContactArchived event) {
        contacts.updateOne(eq("_id", event.contactId().toString()), set("archived", true));
    }

    @EventHandler
    void on(ContactRestored event) {
        contacts.updateOne(eq("_id", event.contactId().toString()), set("archived", false));
    }

    @EventHandler
    void on(ImportantDateAdded event) {
        dates.replaceOne(eq("_id", event.dateId().toString()), row(event.dateId(), event.contactId(), event.owner())
                        .append("label", event.label())
                        .append("month", event.day().getMonthValue())
                        .append("day", event.day().getDayOfMonth())
                        .append("year", event.year())
                        .append("noticeDays", event.noticeDays()),
                new ReplaceOptions().upsert(true));
    }

    @EventHandler
    void on(ImportantDateRemoved event) {
        dates.deleteOne(eq("_id", event.dateId().toString()));
    }

    @EventHandler
    void on(FollowUpAdded event) {
        followUps.replaceOne(eq("_id", event.followUpId().toString()), row(event.followUpId(), event.contactId(), event.owner())
                        .append("text", event.text())
                        .append("dueOn", BsonTime.day(event.dueOn())),
                new ReplaceOptions().upsert(true));
    }

    @EventHandler
    void on(FollowUpCompleted event) {
        followUps.deleteOne(eq("_id", event.followUpId().toString()));
    }

    @ResetHandler
    void reset() {
        dates.deleteMany(new Document());
        followUps.deleteMany(new Document());
        contacts.deleteMany(new Document());
    }

    private static Document row(UUID id, UUID contactId, String owner) {
        return new Document("_id", id.toString()).append("contactId", contactId.toString()).append("owner", owner);
    }
}
