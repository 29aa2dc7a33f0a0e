package app.touchbase.circle.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

public record CircleMembersRemoved(UUID circleId, String owner, List<UUID> contactIds, Instant removedAt)
        implements CircleEvent {

    public CircleMembersRemoved {
        contactIds = List.copyOf(contactIds);
    }
}
