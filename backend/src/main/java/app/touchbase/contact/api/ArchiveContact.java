package app.touchbase.contact.api;

import app.touchbase.shared.api.ContactCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

public record ArchiveContact(@TargetAggregateIdentifier UUID contactId, String owner) implements ContactCommand {
}
