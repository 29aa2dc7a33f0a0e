package app.touchbase.contact;

import app.touchbase.shared.api.ContactEvent;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.Message;
import org.springframework.stereotype.Component;

import java.util.UUID;
import java.util.stream.Stream;

/** The contact's events as stored, read up to the event being folded: a replay sees only what came before it. */
@Component
class StoredTouchesSoFar implements TouchesSoFar {

    private final EventStore events;

    StoredTouchesSoFar(EventStore events) {
        this.events = events;
    }

    @Override
    public NextTouchState upTo(UUID contactId, long sequenceNumber) {
        try (Stream<? extends DomainEventMessage<?>> stored = events.readEvents(contactId.toString()).asStream()) {
            return stored.takeWhile(event -> event.getSequenceNumber() <= sequenceNumber)
                    .map(Message::getPayload)
                    .filter(ContactEvent.class::isInstance)
                    .map(ContactEvent.class::cast)
                    .reduce(NextTouchState.NONE, NextTouchState::after, (first, second) -> second);
        }
    }
}
