package app.touchbase.circle.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

public record RestoreCircle(@TargetAggregateIdentifier UUID circleId, String owner) {
}
