package app.touchbase.interaction.api;

import app.touchbase.shared.api.ContactCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

public record RemoveInteraction(@TargetAggregateIdentifier UUID contactId, String owner, UUID interactionId)
        implements ContactCommand {
}
