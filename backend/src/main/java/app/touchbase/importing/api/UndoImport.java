package app.touchbase.importing.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Archives every contact a finished import added (the contacts stay findable under "show archived"). */
public record UndoImport(@TargetAggregateIdentifier UUID importId, String owner) {
}
