package app.touchbase.interaction.api;

import app.touchbase.shared.api.ContactCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** They answered (or the owner no longer waits): every reply awaited from this contact is received. */
public record MarkReplied(@TargetAggregateIdentifier UUID contactId, String owner) implements ContactCommand {
}
