package app.touchbase.contact.read;

import app.touchbase.contact.ContactCard;
import app.touchbase.contact.api.ContactErased;
import app.touchbase.platform.axon.ReadModels;
import app.touchbase.platform.readmodel.ReadModelCollection;
import app.touchbase.shared.api.ContactEvent;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;

/** The owner's address book: one document per contact with details, facts and archived flag. */
@Component
@ProcessingGroup(ReadModels.PROCESSING_GROUP)
public class ContactDirectoryProjection {

    static final String COLLECTION = "contact_directory";

    private final ReadModelCollection<ContactRow> contacts;

    public ContactDirectoryProjection(MongoDatabase touchbaseDatabase) {
        this.contacts = ReadModelCollection.of(touchbaseDatabase, COLLECTION, ContactRow.class);
        contacts.stored().createIndex(Indexes.ascending("owner", "archived", "sortName", "_id"));
        // a search reads only the texts from this index, and then only the cards whose text says what is searched for
        contacts.stored().createIndex(Indexes.ascending("owner", "archived", "searchText"));
    }

    /** Folded with the contact's own {@link ContactCard}; a contact not added yet, and an event that changes nothing, write nothing. */
    @EventHandler
    void on(ContactEvent event) {
        ContactRow row = contacts.findById(event.contactId()).orElse(null);
        ContactCard current = row == null ? ContactCard.NONE : row.card();
        ContactCard next = current.after(event);
        if (!next.equals(current)) {
            contacts.put(ContactRow.of(next));
        }
    }

    @EventHandler
    void on(ContactErased event) {
        contacts.delete(event.contactId());
    }

    @ResetHandler
    void reset() {
        contacts.deleteMany(new Document());
    }
}
