package app.touchbase.interaction.api;

import app.touchbase.shared.api.ContactCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Record a touch that happened on {@code occurredOn}, a day in the owner's time zone (today or earlier).
 * {@code direction} defaults to neutral when null; {@code reply} says whether the owner now waits for their reply
 * ({@link Reply#AWAIT}) or this touch is the reply they waited for ({@link Reply#RECEIVED}); null means neither.
 */
public record LogInteraction(@TargetAggregateIdentifier UUID contactId, String owner, UUID interactionId,
                             InteractionType type, LocalDate occurredOn, Direction direction, String notes, Reply reply)
        implements ContactCommand {

    public static final int MAX_NOTES = 10_000;

    public LogInteraction(UUID contactId, String owner, UUID interactionId, InteractionType type, LocalDate occurredOn,
                          Direction direction, String notes) {
        this(contactId, owner, interactionId, type, occurredOn, direction, notes, Reply.NONE);
    }
}
