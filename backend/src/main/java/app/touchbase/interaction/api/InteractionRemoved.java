package app.touchbase.interaction.api;

import java.time.Instant;
import java.util.UUID;

public record InteractionRemoved(UUID contactId, String owner, UUID interactionId, Instant removedAt) {
}
