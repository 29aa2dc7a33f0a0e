package app.touchbase.contact.api;

import app.touchbase.shared.api.ContactCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Sent when the account is deleted (the owner gave the password): erases one of its contacts. */
public record EraseContactWithAccount(@TargetAggregateIdentifier UUID contactId, String owner) implements ContactCommand {
}
