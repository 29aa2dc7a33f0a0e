package app.touchbase.contact.api;

import app.touchbase.shared.api.ContactCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Erases everything personal about a contact for good; the owner confirms by typing the contact's name. */
public record EraseContact(@TargetAggregateIdentifier UUID contactId, String owner, String typedName) implements ContactCommand {
}
