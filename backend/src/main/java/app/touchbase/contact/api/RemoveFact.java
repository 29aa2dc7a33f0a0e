package app.touchbase.contact.api;

import app.touchbase.shared.api.ContactCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** The fact is no longer true or worth remembering; the history keeps that it was removed. */
public record RemoveFact(@TargetAggregateIdentifier UUID contactId, String owner, UUID factId) implements ContactCommand {
}
