package app.touchbase.contact.api;

import app.touchbase.shared.api.ContactEvent;

import java.time.Instant;
import java.util.UUID;

public record ContactRestored(UUID contactId, String owner, Instant restoredAt) implements ContactEvent {
}
