package app.touchbase.interaction.api;

import app.touchbase.shared.api.ContactCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Erases what a touch's note said, for good; the touch (its day and kind) stays in the history. */
public record EraseTouchText(@TargetAggregateIdentifier UUID contactId, String owner, UUID interactionId)
        implements ContactCommand {
}
