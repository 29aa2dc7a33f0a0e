package app.touchbase.contact.read;

import app.touchbase.contact.api.ContactAdded;
import app.touchbase.contact.api.ContactArchived;
import app.touchbase.contact.api.ContactDetails;
import app.touchbase.contact.api.ContactDetailsChanged;
import app.touchbase.contact.api.ContactRestored;
import app.touchbase.contact.api.FactRecorded;
import app.touchbase.platform.axon.ReadModels;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.util.UUID;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.ne;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.push;
import static com.mongodb.client.model.Updates.set;

/** The owner's address book: one document per contact with details, facts and archived flag. */
@Component
@ProcessingGroup(ReadModels.PROCESSING_GROUP)
public class ContactDirectoryProjection {

    static final String COLLECTION = "contact_directory";

    private final MongoCollection<ContactRow> contacts;

    public ContactDirectoryProjection(MongoDatabase touchbaseDatabase) {
        this.contacts = touchbaseDatabase.getCollection(COLLECTION, ContactRow.class);
        contacts.createIndex(Indexes.ascending("owner", "archived", "sortName", "_id"));
    }

    @EventHandler
    void on(ContactAdded event) {
        if (contacts.find(eq("_id", event.contactId())).first() == null) {
            contacts.insertOne(ContactRow.of(event));
        }
    }

    @EventHandler
    void on(ContactDetailsChanged event) {
        ContactDetails details = event.details();
        contacts.updateOne(eq("_id", event.contactId()), combine(
                set("details", ContactRow.Details.of(details)),
                set("searchText", ContactRow.searchText(details)),
                set("sortName", ContactRow.sortName(details))));
    }

    /** Only a contact that does not hold the fact yet gets it, so a repeated event adds nothing. */
    @EventHandler
    void on(FactRecorded event) {
        contacts.updateOne(and(eq("_id", event.contactId()), ne("facts.factId", event.factId())),
                push("facts", ContactRow.FactEntry.of(event)));
    }

    @EventHandler
    void on(ContactArchived event) {
        setArchived(event.contactId(), true);
    }

    @EventHandler
    void on(ContactRestored event) {
        setArchived(event.contactId(), false);
    }

    @ResetHandler
    void reset() {
        contacts.deleteMany(new Document());
    }

    private void setArchived(UUID contactId, boolean archived) {
        contacts.updateOne(eq("_id", contactId), set("archived", archived));
    }
}
