package app.touchbase.contact.api;

import app.touchbase.shared.api.ContactCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/**
 * Sent by a merge of two contacts, not by a person: this contact is merged away into {@code keptContactId}. It records
 * that, leaves every list as an archived contact does, and answers what it hands over ({@link MergedItems}).
 */
public record MergeInto(@TargetAggregateIdentifier UUID contactId, String owner, UUID keptContactId) implements ContactCommand {
}
