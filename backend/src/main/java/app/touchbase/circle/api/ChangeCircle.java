package app.touchbase.circle.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Rename a circle, or change its description or colour. */
public record ChangeCircle(@TargetAggregateIdentifier UUID circleId, String owner, CircleDetails details) {
}
