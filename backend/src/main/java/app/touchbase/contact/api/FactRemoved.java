package app.touchbase.contact.api;

import app.touchbase.shared.api.ContactEvent;

import java.time.Instant;
import java.util.UUID;

public record FactRemoved(UUID contactId, String owner, UUID factId, Instant removedAt) implements ContactEvent {
}
