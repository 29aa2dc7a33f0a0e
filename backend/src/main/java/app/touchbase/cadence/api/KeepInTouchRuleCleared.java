package app.touchbase.cadence.api;

import app.touchbase.shared.api.ContactEvent;

import java.time.Instant;
import java.util.UUID;

public record KeepInTouchRuleCleared(UUID contactId, String owner, String ruleId, Instant clearedAt) implements ContactEvent {
}
