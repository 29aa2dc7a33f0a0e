package app.touchbase.contact.read;

import app.touchbase.contact.api.ContactAdded;
import app.touchbase.contact.api.ContactArchived;
import app.touchbase.contact.api.ContactDetails;
import app.touchbase.contact.api.ContactDetailsChanged;
import app.touchbase.contact.api.ContactRestored;
import app.touchbase.contact.api.Fact;
import app.touchbase.contact.api.FactRecorded;
import app.touchbase.platform.axon.ReadModels;
import app.touchbase.platform.mongo.BsonTime;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;

/** The owner's address book: one document per contact with details, facts and archived flag. */
@Component
@ProcessingGroup(ReadModels.PROCESSING_GROUP)
public class ContactDirectoryProjection {

    static final String COLLECTION = "contact_directory";

    private final MongoCollection<Document> contacts;

    public ContactDirectoryProjection(MongoDatabase touchbaseDatabase) {
        this.contacts = touchbaseDatabase.getCollection(COLLECTION);
    }

    @EventHandler
    void on(ContactAdded event) {
        Document contact = new Document("_id", event.contactId().toString())
                .append("owner", event.owner())
                .append("details", ContactDocuments.details(event.details()))
                .append("searchText", ContactDocuments.searchText(event.details()))
                .append("sortName", ContactDocuments.sortName(event.details()))
                .append("archived", false)
                .append("addedAt", BsonTime.date(event.addedAt()))
                .append("facts", List.of());
        if (contacts.find(eq("_id", contact.getString("_id"))).first() == null) {
            contacts.insertOne(contact);
        }
    }

    @EventHandler
    void on(ContactDetailsChanged event) {
        ContactDetails details = event.details();
        contacts.updateOne(eq("_id", event.contactId().toString()), combine(
                set("details", ContactDocuments.details(details)),
                set("searchText", ContactDocuments.searchText(details)),
                set("sortName", ContactDocuments.sortName(details))));
    }

    @EventHandler
    void on(FactRecorded event) {
        String id = event.contactId().toString();
        Document contact = contacts.find(eq("_id", id)).first();
        if (contact == null) {
            return;
        }
        List<Fact> facts = new ArrayList<>(ContactDocuments.facts(contact));
        if (facts.stream().noneMatch(fact -> fact.factId().equals(event.factId()))) {
            facts.add(new Fact(event.factId(), event.topic(), event.text(), event.about(), event.recordedAt()));
            contacts.updateOne(eq("_id", id), set("facts", facts.stream().map(ContactDocuments::fact).toList()));
        }
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
        contacts.updateOne(eq("_id", contactId.toString()), set("archived", archived));
    }
}
