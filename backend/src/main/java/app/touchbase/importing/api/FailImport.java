package app.touchbase.importing.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Sent by the importer when a contact could not be added; the contacts already added have been archived again. */
public record FailImport(@TargetAggregateIdentifier UUID importId, String owner, String problem) {
}
