package app.touchbase.circle.api;

import java.time.Instant;
import java.util.UUID;

public record CircleDeleted(UUID circleId, String owner, Instant deletedAt) implements CircleEvent {
}
