package app.touchbase.nexttouch.read;

import app.touchbase.contact.NextTouchState;
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

/** Who is due when: one document per contact, folded with the contact's own {@link NextTouchState}. */
@Component
@ProcessingGroup(ReadModels.PROCESSING_GROUP)
public class NextTouchProjection {

    static final String COLLECTION = "next_touch";

    private final ReadModelCollection<NextTouchRow> nextTouches;

    public NextTouchProjection(MongoDatabase touchbaseDatabase) {
        this.nextTouches = ReadModelCollection.of(touchbaseDatabase, COLLECTION, NextTouchRow.class);
        nextTouches.stored().createIndex(Indexes.ascending("owner", "archived"));
    }

    @EventHandler
    void on(ContactEvent event) {
        NextTouchState current = nextTouches.findById(event.contactId())
                .map(NextTouchRow::state)
                .orElse(NextTouchState.NONE);
        NextTouchState next = current.after(event);
        if (!next.equals(current)) {
            nextTouches.put(NextTouchRow.of(next));
        }
    }

    @EventHandler
    void on(ContactErased event) {
        nextTouches.delete(event.contactId());
    }

    @ResetHandler
    void reset() {
        nextTouches.deleteMany(new Document());
    }
}
