package app.touchbase.contact.api;

import app.touchbase.shared.api.ContactEvent;

import java.time.Instant;
import java.util.UUID;

public record ContactArchived(UUID contactId, String owner, Instant archivedAt) implements ContactEvent {
}
