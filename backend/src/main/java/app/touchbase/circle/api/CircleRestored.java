package app.touchbase.circle.api;

import java.time.Instant;
import java.util.UUID;

public record CircleRestored(UUID circleId, String owner, Instant restoredAt) implements CircleEvent {
}
