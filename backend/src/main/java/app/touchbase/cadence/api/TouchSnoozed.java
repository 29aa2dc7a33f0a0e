package app.touchbase.cadence.api;

import app.touchbase.shared.api.ContactEvent;

import java.time.Instant;
import java.util.UUID;

public record TouchSnoozed(UUID contactId, String owner, Instant until, Instant snoozedAt) implements ContactEvent {
}
