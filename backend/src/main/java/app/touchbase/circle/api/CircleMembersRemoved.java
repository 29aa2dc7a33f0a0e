package app.touchbase.circle.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Revision("1")
public record CircleMembersRemoved(UUID circleId, String owner, List<UUID> contactIds, Instant removedAt)
        implements CircleEvent {

    public CircleMembersRemoved {
        contactIds = List.copyOf(contactIds);
    }
}
