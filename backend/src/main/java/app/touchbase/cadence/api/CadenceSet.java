package app.touchbase.cadence.api;

import app.touchbase.shared.api.ContactEvent;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.UUID;

/**
 * The cadence counts from {@code startsOn} (the day it was set, in the owner's zone) until the first touch, or falls
 * due on {@code firstDueOn} when that was chosen (spread over the cadence when many contacts got it at once).
 * Revision 2 added {@code startsOn}; revision 3 added {@code firstDueOn} (none in older events).
 */
@Revision("3")
public record CadenceSet(UUID contactId, String owner, Period every, LocalDate startsOn, LocalDate firstDueOn, Instant setAt)
        implements ContactEvent {

    public CadenceSet(UUID contactId, String owner, Period every, LocalDate startsOn, Instant setAt) {
        this(contactId, owner, every, startsOn, null, setAt);
    }
}
