package app.touchbase.circle.api;

import java.time.Instant;
import java.util.UUID;

public record CircleChanged(UUID circleId, String owner, CircleDetails details, Instant changedAt) implements CircleEvent {
}
