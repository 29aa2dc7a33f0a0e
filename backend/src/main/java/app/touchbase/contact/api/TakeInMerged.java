package app.touchbase.contact.api;

import app.touchbase.shared.api.ContactCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/**
 * Sent by a merge of two contacts, not by a person: this contact is the one kept. It takes the details the owner
 * chose and copies of what the merged-away contact handed over ({@code items}, as {@link MergeInto} answered them).
 */
public record TakeInMerged(@TargetAggregateIdentifier UUID contactId, String owner, UUID mergedContactId,
                           ContactDetails details, MergedItems items) implements ContactCommand {
}
