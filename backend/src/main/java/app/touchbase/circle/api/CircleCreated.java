package app.touchbase.circle.api;

import java.time.Instant;
import java.util.UUID;

public record CircleCreated(UUID circleId, String owner, CircleDetails details, Instant createdAt) implements CircleEvent {
}
