package app.touchbase.contact.api;

import java.time.Instant;
import java.util.UUID;

public record ContactArchived(UUID contactId, String owner, Instant archivedAt) {
}
