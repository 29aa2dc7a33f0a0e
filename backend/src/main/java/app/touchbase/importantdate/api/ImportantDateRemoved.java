package app.touchbase.importantdate.api;

import app.touchbase.shared.api.ContactEvent;

import java.time.Instant;
import java.util.UUID;

public record ImportantDateRemoved(UUID contactId, String owner, UUID dateId, Instant removedAt) implements ContactEvent {
}
