package app.touchbase.interaction.api;

import app.touchbase.shared.api.ContactEvent;

import java.time.Instant;
import java.util.UUID;

public record InteractionLogged(UUID contactId, String owner, UUID interactionId, InteractionType type,
                                Instant occurredAt, Direction direction, String notes, Instant loggedAt) implements ContactEvent {
}
