package app.touchbase.circle.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

@Revision("1")
public record CircleRuleCleared(UUID circleId, String owner, String ruleId, Instant clearedAt) implements CircleEvent {
}
