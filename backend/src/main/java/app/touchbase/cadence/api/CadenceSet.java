package app.touchbase.cadence.api;

import app.touchbase.shared.api.ContactEvent;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.UUID;

/**
 * The cadence counts from {@code startsOn} (the day it was set, in the owner's zone) until the first touch.
 * Revision 2 added {@code startsOn}.
 */
@Revision("2")
public record CadenceSet(UUID contactId, String owner, Period every, LocalDate startsOn, Instant setAt) implements ContactEvent {
}
