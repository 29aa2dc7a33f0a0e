package app.touchbase.contact.api;

import java.time.Instant;
import java.util.UUID;

public record ContactDetailsChanged(UUID contactId, String owner, ContactDetails details, Instant changedAt) {
}
