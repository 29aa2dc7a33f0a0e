package app.touchbase.contact.api;

import java.time.Instant;
import java.util.UUID;

public record ContactRestored(UUID contactId, String owner, Instant restoredAt) {
}
