package app.touchbase.importing.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

public record FinishUndo(@TargetAggregateIdentifier UUID importId, String owner) {
}
