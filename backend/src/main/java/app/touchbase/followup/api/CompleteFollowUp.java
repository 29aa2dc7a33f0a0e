package app.touchbase.followup.api;

import app.touchbase.shared.api.ContactCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

public record CompleteFollowUp(@TargetAggregateIdentifier UUID contactId, String owner, UUID followUpId)
        implements ContactCommand {
}
