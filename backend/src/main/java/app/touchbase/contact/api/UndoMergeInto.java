package app.touchbase.contact.api;

import app.touchbase.shared.api.ContactCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Sent by the undo of a merge: this merged-away contact comes back as it was; answers the id of the contact it was merged into. */
public record UndoMergeInto(@TargetAggregateIdentifier UUID contactId, String owner) implements ContactCommand {
}
