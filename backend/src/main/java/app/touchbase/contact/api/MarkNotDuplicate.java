package app.touchbase.contact.api;

import app.touchbase.shared.api.ContactCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** This contact and {@code otherContactId} are different people, however alike they look: the duplicate finder leaves the pair out. */
public record MarkNotDuplicate(@TargetAggregateIdentifier UUID contactId, String owner, UUID otherContactId) implements ContactCommand {
}
