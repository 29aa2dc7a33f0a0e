package app.touchbase.contact.api;

import app.touchbase.interaction.api.Direction;
import app.touchbase.interaction.api.InteractionType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An interaction as it stands now, after any corrections: the day it happened and the moment it was logged, and
 * whether the owner still waits for their reply to it.
 */
public record InteractionRecord(UUID interactionId, InteractionType type, LocalDate occurredOn, Direction direction,
                                String notes, Instant loggedAt, boolean corrected, boolean awaitingReply) {
}
