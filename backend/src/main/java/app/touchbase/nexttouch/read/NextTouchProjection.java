package app.touchbase.nexttouch.read;

import app.touchbase.contact.NextTouchState;
import app.touchbase.contact.TouchesSoFar;
import app.touchbase.contact.api.ContactErased;
import app.touchbase.platform.axon.ReadModels;
import app.touchbase.platform.readmodel.ReadModelCollection;
import app.touchbase.shared.api.ContactEvent;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * Who is due when: one document per contact, folded with the contact's own {@link NextTouchState} and kept to the
 * latest touch of each kind, so a document's size and the cost of writing it do not grow with the contact's history.
 */
@Component
@ProcessingGroup(ReadModels.PROCESSING_GROUP)
public class NextTouchProjection {

    static final String COLLECTION = "next_touch";

    private final ReadModelCollection<NextTouchRow> nextTouches;
    private final TouchesSoFar touchesSoFar;

    public NextTouchProjection(MongoDatabase touchbaseDatabase, TouchesSoFar touchesSoFar) {
        this.nextTouches = ReadModelCollection.of(touchbaseDatabase, COLLECTION, NextTouchRow.class);
        this.touchesSoFar = touchesSoFar;
        // the due list reads the contacts due by a day and those snoozed past it, each through its own index
        nextTouches.stored().createIndex(Indexes.ascending("owner", "archived", "nextTouchOn"));
        nextTouches.stored().createIndex(Indexes.ascending("owner", "archived", "snoozedUntil"));
    }

    @EventHandler
    void on(ContactEvent event, EventMessage<?> message) {
        NextTouchState current = nextTouches.findById(event.contactId())
                .map(NextTouchRow::state)
                .orElse(NextTouchState.NONE);
        NextTouchState next = current.afterKeepingLatest(event, touchesSoFar.upTo(event.contactId(), message));
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
