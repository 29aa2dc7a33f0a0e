package app.touchbase.contact.api;

import app.touchbase.interaction.api.Direction;
import app.touchbase.interaction.api.InteractionType;

import java.time.Instant;
import java.util.UUID;

/** An interaction as it stands now, after any corrections. */
public record InteractionRecord(UUID interactionId, InteractionType type, Instant occurredAt, Direction direction,
                                String notes, Instant loggedAt, boolean corrected) {
}
