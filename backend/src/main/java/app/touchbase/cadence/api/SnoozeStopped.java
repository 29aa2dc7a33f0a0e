package app.touchbase.cadence.api;

import app.touchbase.shared.api.ContactEvent;

import java.time.Instant;
import java.util.UUID;

public record SnoozeStopped(UUID contactId, String owner, Instant stoppedAt) implements ContactEvent {
}
