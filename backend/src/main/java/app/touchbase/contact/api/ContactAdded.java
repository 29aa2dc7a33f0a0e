package app.touchbase.contact.api;

import java.time.Instant;
import java.util.UUID;

public record ContactAdded(UUID contactId, String owner, ContactDetails details, Instant addedAt) {
}
