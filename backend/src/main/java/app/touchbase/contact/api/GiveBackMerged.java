package app.touchbase.contact.api;

import app.touchbase.shared.api.ContactCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/**
 * Sent by the undo of a merge: the kept contact drops the copies it took in from {@code mergedContactId} and gets back
 * the details it had before the merge.
 */
public record GiveBackMerged(@TargetAggregateIdentifier UUID contactId, String owner, UUID mergedContactId) implements ContactCommand {
}
