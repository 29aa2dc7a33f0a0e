package app.touchbase.importing.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

public record FinishImport(@TargetAggregateIdentifier UUID importId, String owner) {
}
