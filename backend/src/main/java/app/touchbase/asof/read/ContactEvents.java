package app.touchbase.asof.read;

import app.touchbase.shared.api.ContactEvent;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/** Every event of one contact, as its {@code Contact} aggregate recorded them, in that order. */
final class ContactEvents {

    private ContactEvents() {
    }

    static List<ContactEvent> of(EventStore eventStore, UUID contactId) {
        try (Stream<? extends DomainEventMessage<?>> stored = eventStore.readEvents(contactId.toString()).asStream()) {
            return stored.map(DomainEventMessage::getPayload)
                    .filter(ContactEvent.class::isInstance).map(ContactEvent.class::cast).toList();
        }
    }
}
