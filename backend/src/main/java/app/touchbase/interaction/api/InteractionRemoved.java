package app.touchbase.interaction.api;

import app.touchbase.shared.api.ContactEvent;

import java.time.Instant;
import java.util.UUID;

public record InteractionRemoved(UUID contactId, String owner, UUID interactionId, Instant removedAt) implements ContactEvent {
}
