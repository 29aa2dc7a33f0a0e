package app.touchbase.nexttouch.read;

import app.touchbase.cadence.NextTouchState;
import app.touchbase.cadence.api.CadenceCleared;
import app.touchbase.cadence.api.CadenceSet;
import app.touchbase.cadence.api.TouchSnoozed;
import app.touchbase.contact.api.ContactAdded;
import app.touchbase.contact.api.ContactArchived;
import app.touchbase.contact.api.ContactDetailsChanged;
import app.touchbase.contact.api.ContactRestored;
import app.touchbase.interaction.api.InteractionCorrected;
import app.touchbase.interaction.api.InteractionLogged;
import app.touchbase.interaction.api.InteractionRemoved;
import app.touchbase.platform.axon.ReadModels;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.util.UUID;
import java.util.function.UnaryOperator;

import static com.mongodb.client.model.Filters.eq;

/** Who is due when: folds every event that moves a contact's next touch into one document per contact. */
@Component
@ProcessingGroup(ReadModels.PROCESSING_GROUP)
public class NextTouchProjection {

    static final String COLLECTION = "next_touch";

    private final MongoCollection<Document> nextTouches;

    public NextTouchProjection(MongoDatabase touchbaseDatabase) {
        this.nextTouches = touchbaseDatabase.getCollection(COLLECTION);
    }

    @EventHandler
    void on(ContactAdded event) {
        if (nextTouches.find(eq("_id", event.contactId().toString())).first() == null) {
            save(NextTouchState.added(event.contactId().toString(), event.owner(), event.details().name()));
        }
    }

    @EventHandler
    void on(ContactDetailsChanged event) {
        change(event.contactId(), state -> state.renamed(event.details().name()));
    }

    @EventHandler
    void on(InteractionLogged event) {
        change(event.contactId(), state -> state.withInteraction(event.interactionId().toString(), event.occurredAt()));
    }

    @EventHandler
    void on(InteractionCorrected event) {
        change(event.contactId(), state -> state.withInteraction(event.interactionId().toString(), event.occurredAt()));
    }

    @EventHandler
    void on(InteractionRemoved event) {
        change(event.contactId(), state -> state.withoutInteraction(event.interactionId().toString()));
    }

    @EventHandler
    void on(CadenceSet event) {
        change(event.contactId(), state -> state.withCadence(event.every(), event.setAt()));
    }

    @EventHandler
    void on(CadenceCleared event) {
        change(event.contactId(), NextTouchState::withoutCadence);
    }

    @EventHandler
    void on(TouchSnoozed event) {
        change(event.contactId(), state -> state.snoozedUntil(event.until()));
    }

    @EventHandler
    void on(ContactArchived event) {
        change(event.contactId(), state -> state.archived(true));
    }

    @EventHandler
    void on(ContactRestored event) {
        change(event.contactId(), state -> state.archived(false));
    }

    @ResetHandler
    void reset() {
        nextTouches.deleteMany(new Document());
    }

    private void change(UUID contactId, UnaryOperator<NextTouchState> change) {
        Document current = nextTouches.find(eq("_id", contactId.toString())).first();
        if (current != null) {
            save(change.apply(NextTouchDocuments.toState(current)));
        }
    }

    private void save(NextTouchState state) {
        nextTouches.replaceOne(eq("_id", state.contactId()), NextTouchDocuments.toDocument(state),
                new ReplaceOptions().upsert(true));
    }
}
