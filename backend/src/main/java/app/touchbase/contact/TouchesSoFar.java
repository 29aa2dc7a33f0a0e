package app.touchbase.contact;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;

import java.util.UUID;
import java.util.function.Supplier;

/**
 * A contact's next-touch state folded from its own stored events, up to and including one of them: what a state kept
 * to the latest touch of each kind goes back to when such a touch is removed or moved earlier.
 */
@FunctionalInterface
public interface TouchesSoFar {

    NextTouchState upTo(UUID contactId, long sequenceNumber);

    /** Up to and including {@code event}, read only when asked; an event from outside the contact's stream comes after all of it. */
    default Supplier<NextTouchState> upTo(UUID contactId, EventMessage<?> event) {
        long sequenceNumber = event instanceof DomainEventMessage<?> inStream ? inStream.getSequenceNumber() : Long.MAX_VALUE;
        return () -> upTo(contactId, sequenceNumber);
    }
}
