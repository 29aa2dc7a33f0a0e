package app.touchbase.circle.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

public record ClearCircleRule(@TargetAggregateIdentifier UUID circleId, String owner, String ruleId) {
}
