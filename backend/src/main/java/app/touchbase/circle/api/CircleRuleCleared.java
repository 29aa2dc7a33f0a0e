package app.touchbase.circle.api;

import java.time.Instant;
import java.util.UUID;

public record CircleRuleCleared(UUID circleId, String owner, String ruleId, Instant clearedAt) implements CircleEvent {
}
