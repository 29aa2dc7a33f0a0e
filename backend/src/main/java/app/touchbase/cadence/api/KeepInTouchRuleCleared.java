package app.touchbase.cadence.api;

import app.touchbase.shared.api.ContactEvent;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

@Revision("1")
public record KeepInTouchRuleCleared(UUID contactId, String owner, String ruleId, Instant clearedAt) implements ContactEvent {
}
