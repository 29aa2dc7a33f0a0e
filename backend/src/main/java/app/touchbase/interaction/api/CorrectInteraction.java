package app.touchbase.interaction.api;

import app.touchbase.shared.api.ContactCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

/** Replace what was logged for one interaction; the original stays in the history. */
public record CorrectInteraction(@TargetAggregateIdentifier UUID contactId, String owner, UUID interactionId,
                                 InteractionType type, LocalDate occurredOn, Direction direction, String notes)
        implements ContactCommand {
}
