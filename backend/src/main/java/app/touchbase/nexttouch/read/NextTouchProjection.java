package app.touchbase.nexttouch.read;

import app.touchbase.contact.NextTouchState;
import app.touchbase.contact.api.ContactErased;
import app.touchbase.platform.axon.ReadModels;
import app.touchbase.shared.api.ContactEvent;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.util.Optional;

import static com.mongodb.client.model.Filters.eq;

/** Who is due when: one document per contact, folded with the contact's own {@link NextTouchState}. */
@Component
@ProcessingGroup(ReadModels.PROCESSING_GROUP)
public class NextTouchProjection {

    static final String COLLECTION = "next_touch";

    private final MongoCollection<NextTouchRow> nextTouches;

    public NextTouchProjection(MongoDatabase touchbaseDatabase) {
        this.nextTouches = touchbaseDatabase.getCollection(COLLECTION, NextTouchRow.class);
        nextTouches.createIndex(Indexes.ascending("owner", "archived"));
    }

    @EventHandler
    void on(ContactEvent event) {
        NextTouchState current = Optional.ofNullable(nextTouches.find(eq("_id", event.contactId())).first())
                .map(NextTouchRow::state)
                .orElse(NextTouchState.NONE);
        NextTouchState next = current.after(event);
        if (!next.equals(current)) {
            nextTouches.replaceOne(eq("_id", event.contactId()), NextTouchRow.of(next), new ReplaceOptions().upsert(true));
        }
    }

    @EventHandler
    void on(ContactErased event) {
        nextTouches.deleteOne(eq("_id", event.contactId()));
    }

    @ResetHandler
    void reset() {
        nextTouches.deleteMany(new Document());
    }
}
