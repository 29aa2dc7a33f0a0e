package app.touchbase.circle.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

@Revision("1")
public record CircleChanged(UUID circleId, String owner, CircleDetails details, Instant changedAt) implements CircleEvent {
}
