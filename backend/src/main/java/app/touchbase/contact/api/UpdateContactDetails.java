package app.touchbase.contact.api;

import app.touchbase.shared.api.ContactCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

public record UpdateContactDetails(@TargetAggregateIdentifier UUID contactId, String owner, ContactDetails details)
        implements ContactCommand {
}
