package app.touchbase.updates;

import app.touchbase.contact.api.FetchContact;
import app.touchbase.contact.api.SearchContacts;
import app.touchbase.duplicates.api.ListDuplicates;
import app.touchbase.nexttouch.api.FetchNextTouch;
import app.touchbase.nexttouch.api.ListDueTouches;
import app.touchbase.platform.axon.ReadModels;
import app.touchbase.shared.api.ContactEvent;
import app.touchbase.updates.api.ContactChanged;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.stereotype.Component;

/**
 * Tells subscribed views that a contact changed. It runs with the read models, and Axon emits after the batch has
 * committed, so a view that asks again reads the updated models. A rebuild notifies nobody.
 */
@Component
@ProcessingGroup(ReadModels.PROCESSING_GROUP)
class ReadModelChanges {

    private final QueryUpdateEmitter emitter;

    ReadModelChanges(QueryUpdateEmitter emitter) {
        this.emitter = emitter;
    }

    @EventHandler
    @DisallowReplay
    void on(ContactEvent event) {
        ContactChanged change = new ContactChanged(event.contactId(), event.owner());
        emitter.emit(ListDueTouches.class, query -> event.owner().equals(query.owner()), change);
        emitter.emit(SearchContacts.class, query -> event.owner().equals(query.owner()), change);
        emitter.emit(ListDuplicates.class, query -> event.owner().equals(query.owner()), change);
        emitter.emit(FetchContact.class, query -> event.owner().equals(query.owner())
                && event.contactId().equals(query.contactId()), change);
        emitter.emit(FetchNextTouch.class, query -> event.owner().equals(query.owner())
                && event.contactId().equals(query.contactId()), change);
    }
}
