package app.touchbase.contact.api;

import app.touchbase.interaction.api.Direction;
import app.touchbase.interaction.api.InteractionCorrected;
import app.touchbase.interaction.api.InteractionLogged;
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

    public static InteractionRecord of(InteractionLogged event) {
        return new InteractionRecord(event.interactionId(), event.type(), event.occurredOn(), event.direction(), event.notes(),
                event.loggedAt(), false, false);
    }

    /** The correction replaces what was logged; the moment it was logged and whether a reply is awaited stay. */
    public InteractionRecord correctedBy(InteractionCorrected event) {
        return new InteractionRecord(interactionId, event.type(), event.occurredOn(), event.direction(), event.notes(), loggedAt,
                true, awaitingReply);
    }

    public InteractionRecord awaitingReply(boolean waiting) {
        return new InteractionRecord(interactionId, type, occurredOn, direction, notes, loggedAt, corrected, waiting);
    }
}
