package app.touchbase.interaction.api;

import app.touchbase.shared.api.ContactCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Record a touch that happened on {@code occurredOn}, a day in the owner's time zone (today or earlier).
 * {@code direction} defaults to neutral when null.
 */
public record LogInteraction(@TargetAggregateIdentifier UUID contactId, String owner, UUID interactionId,
                             InteractionType type, LocalDate occurredOn, Direction direction, String notes)
        implements ContactCommand {

    public static final int MAX_NOTES = 10_000;
}
