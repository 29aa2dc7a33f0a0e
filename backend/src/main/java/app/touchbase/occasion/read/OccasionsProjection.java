package app.touchbase.occasion.read;

import app.touchbase.contact.api.ContactAdded;
import app.touchbase.contact.api.ContactArchived;
import app.touchbase.contact.api.ContactDetailsChanged;
import app.touchbase.contact.api.ContactErased;
import app.touchbase.contact.api.ContactRestored;
import app.touchbase.followup.api.FollowUpAdded;
import app.touchbase.followup.api.FollowUpChanged;
import app.touchbase.followup.api.FollowUpCompleted;
import app.touchbase.followup.api.FollowUpRemoved;
import app.touchbase.importantdate.api.ImportantDateAdded;
import app.touchbase.importantdate.api.ImportantDateChanged;
import app.touchbase.importantdate.api.ImportantDateRemoved;
import app.touchbase.platform.axon.ReadModels;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;

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

    private final MongoCollection<ImportantDateRow> dates;
    private final MongoCollection<FollowUpRow> followUps;
    private final MongoCollection<OccasionContactRow> contacts;

    OccasionsProjection(MongoDatabase touchbaseDatabase) {
        this.dates = touchbaseDatabase.getCollection(DATES, ImportantDateRow.class);
        this.followUps = touchbaseDatabase.getCollection(FOLLOW_UPS, FollowUpRow.class);
        this.contacts = touchbaseDatabase.getCollection(CONTACTS, OccasionContactRow.class);
        dates.createIndex(Indexes.ascending("owner", "contactId"));
        followUps.createIndex(Indexes.ascending("owner", "contactId"));
    }

    @EventHandler
    void on(ContactAdded event) {
        contacts.replaceOne(eq("_id", event.contactId()), OccasionContactRow.of(event), new ReplaceOptions().upsert(true));
    }

    @EventHandler
    void on(ContactDetailsChanged event) {
        contacts.updateOne(eq("_id", event.contactId()), set("name", event.details().name()));
    }

    @EventHandler
    void on(ContactArchived event) {
        contacts.updateOne(eq("_id", event.contactId()), set("archived", true));
    }

    @EventHandler
    void on(ContactRestored event) {
        contacts.updateOne(eq("_id", event.contactId()), set("archived", false));
    }

    @EventHandler
    void on(ImportantDateAdded event) {
        dates.replaceOne(eq("_id", event.dateId()), ImportantDateRow.of(event), new ReplaceOptions().upsert(true));
    }

    @EventHandler
    void on(ImportantDateChanged event) {
        dates.replaceOne(eq("_id", event.dateId()), ImportantDateRow.of(event));
    }

    @EventHandler
    void on(ImportantDateRemoved event) {
        dates.deleteOne(eq("_id", event.dateId()));
    }

    @EventHandler
    void on(FollowUpAdded event) {
        followUps.replaceOne(eq("_id", event.followUpId()), FollowUpRow.of(event), new ReplaceOptions().upsert(true));
    }

    @EventHandler
    void on(FollowUpChanged event) {
        followUps.replaceOne(eq("_id", event.followUpId()), FollowUpRow.of(event));
    }

    @EventHandler
    void on(FollowUpCompleted event) {
        followUps.deleteOne(eq("_id", event.followUpId()));
    }

    @EventHandler
    void on(FollowUpRemoved event) {
        followUps.deleteOne(eq("_id", event.followUpId()));
    }

    @EventHandler
    void on(ContactErased event) {
        dates.deleteMany(eq("contactId", event.contactId()));
        followUps.deleteMany(eq("contactId", event.contactId()));
        contacts.deleteOne(eq("_id", event.contactId()));
    }

    @ResetHandler
    void reset() {
        dates.deleteMany(new Document());
        followUps.deleteMany(new Document());
        contacts.deleteMany(new Document());
    }
}
