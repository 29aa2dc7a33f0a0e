package app.touchbase.contact.api;

import java.time.Instant;
import java.util.UUID;

public record ContactSummary(UUID contactId, ContactDetails details, boolean archived, Instant addedAt) {
}
