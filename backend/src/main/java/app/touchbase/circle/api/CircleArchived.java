package app.touchbase.circle.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

@Revision("1")
public record CircleArchived(UUID circleId, String owner, Instant archivedAt) implements CircleEvent {
}
