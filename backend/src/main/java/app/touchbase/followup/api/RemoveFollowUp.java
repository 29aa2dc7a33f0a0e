package app.touchbase.followup.api;

import app.touchbase.shared.api.ContactCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** An open promise taken back: it was never kept, it no longer counts. */
public record RemoveFollowUp(@TargetAggregateIdentifier UUID contactId, String owner, UUID followUpId)
        implements ContactCommand {
}
