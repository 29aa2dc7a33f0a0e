package app.touchbase.asof.read;

import app.touchbase.contact.api.ContactErased;
import app.touchbase.shared.api.ContactEvent;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Every event of one contact, as its {@code Contact} aggregate recorded them, in that order: read from the first
 * sequence number, so a snapshot (were one ever taken) is neither looked up nor put in place of the early events.
 */
final class ContactEvents {

    private ContactEvents() {
    }

    static List<ContactEvent> of(EventStore eventStore, UUID contactId) {
        try (Stream<? extends DomainEventMessage<?>> stored = eventStore.readEvents(contactId.toString(), 0).asStream()) {
            return stored.map(DomainEventMessage::getPayload)
                    .filter(ContactEvent.class::isInstance).map(ContactEvent.class::cast).toList();
        }
    }

    /** An erased contact is shown at no moment: its history is kept only so that the store stays whole. */
    static boolean erased(List<ContactEvent> events) {
        return events.stream().anyMatch(ContactErased.class::isInstance);
    }
}
