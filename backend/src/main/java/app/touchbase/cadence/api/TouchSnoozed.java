package app.touchbase.cadence.api;

import app.touchbase.shared.api.ContactEvent;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Revision 2: {@code until} is a day in the owner's zone (it was an instant). Revision 3 added {@code ruleId}: when set,
 * the one rule snoozed; without it (and in older events) the whole contact is.
 */
@Revision("3")
public record TouchSnoozed(UUID contactId, String owner, LocalDate until, Instant snoozedAt, String ruleId)
        implements ContactEvent {

    public TouchSnoozed(UUID contactId, String owner, LocalDate until, Instant snoozedAt) {
        this(contactId, owner, until, snoozedAt, null);
    }
}
