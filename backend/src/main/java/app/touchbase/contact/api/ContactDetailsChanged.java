package app.touchbase.contact.api;

import app.touchbase.shared.api.ContactEvent;

import java.time.Instant;
import java.util.UUID;

public record ContactDetailsChanged(UUID contactId, String owner, ContactDetails details, Instant changedAt) implements ContactEvent {
}
