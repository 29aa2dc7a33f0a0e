package app.touchbase.interaction.api;

import app.touchbase.shared.api.ContactCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.UUID;

/** Record a touch that happened (possibly in the past). {@code direction} defaults to neutral when null. */
public record LogInteraction(@TargetAggregateIdentifier UUID contactId, String owner, UUID interactionId,
                             InteractionType type, Instant occurredAt, Direction direction, String notes)
        implements ContactCommand {
}
