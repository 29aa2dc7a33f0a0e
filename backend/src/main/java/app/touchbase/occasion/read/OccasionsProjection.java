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
import app.touchbase.platform.readmodel.ReadModelCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
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

    private final ReadModelCollection<ImportantDateRow> dates;
    private final ReadModelCollection<FollowUpRow> followUps;
    private final ReadModelCollection<OccasionContactRow> contacts;

    OccasionsProjection(MongoDatabase touchbaseDatabase) {
        this.dates = ReadModelCollection.of(touchbaseDatabase, DATES, ImportantDateRow.class);
        this.followUps = ReadModelCollection.of(touchbaseDatabase, FOLLOW_UPS, FollowUpRow.class);
        this.contacts = ReadModelCollection.of(touchbaseDatabase, CONTACTS, OccasionContactRow.class);
        dates.stored().createIndex(Indexes.ascending("owner", "contactId"));
        followUps.stored().createIndex(Indexes.ascending("owner", "contactId"));
    }

    @EventHandler
    void on(ContactAdded event) {
        contacts.put(OccasionContactRow.of(event));
    }

    @EventHandler
    void on(ContactDetailsChanged event) {
        contacts.update(event.contactId(), set("name", event.details().name()));
    }

    @EventHandler
    void on(ContactArchived event) {
        contacts.update(event.contactId(), set("archived", true));
    }

    @EventHandler
    void on(ContactRestored event) {
        contacts.update(event.contactId(), set("archived", false));
    }

    @EventHandler
    void on(ImportantDateAdded event) {
        dates.put(ImportantDateRow.of(event));
    }

    @EventHandler
    void on(ImportantDateChanged event) {
        dates.replaceExisting(ImportantDateRow.of(event));
    }

    @EventHandler
    void on(ImportantDateRemoved event) {
        dates.delete(event.dateId());
    }

    @EventHandler
    void on(FollowUpAdded event) {
        followUps.put(FollowUpRow.of(event));
    }

    @EventHandler
    void on(FollowUpChanged event) {
        followUps.replaceExisting(FollowUpRow.of(event));
    }

    @EventHandler
    void on(FollowUpCompleted event) {
        followUps.delete(event.followUpId());
    }

    @EventHandler
    void on(FollowUpRemoved event) {
        followUps.delete(event.followUpId());
    }

    @EventHandler
    void on(ContactErased event) {
        dates.deleteMany(eq("contactId", event.contactId()));
        followUps.deleteMany(eq("contactId", event.contactId()));
        contacts.delete(event.contactId());
    }

    @ResetHandler
    void reset() {
        dates.deleteMany(new Document());
        followUps.deleteMany(new Document());
        contacts.deleteMany(new Document());
    }
}
