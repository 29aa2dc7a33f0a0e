package app.touchbase.circle.api;

import java.time.Instant;
import java.util.UUID;

public record CircleArchived(UUID circleId, String owner, Instant archivedAt) implements CircleEvent {
}
