package app.touchbase.circle.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Contacts that joined in one change, in the order their first due days are spread; {@code on} is the day in the
 * owner's zone the spreading starts from.
 */
@Revision("1")
public record CircleMembersAdded(UUID circleId, String owner, List<UUID> contactIds, LocalDate on, Instant addedAt)
        implements CircleEvent {

    public CircleMembersAdded {
        contactIds = List.copyOf(contactIds);
    }
}
