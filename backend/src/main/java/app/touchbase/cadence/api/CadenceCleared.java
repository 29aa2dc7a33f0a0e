package app.touchbase.cadence.api;

import app.touchbase.shared.api.ContactEvent;

import java.time.Instant;
import java.util.UUID;

public record CadenceCleared(UUID contactId, String owner, Instant clearedAt) implements ContactEvent {
}
