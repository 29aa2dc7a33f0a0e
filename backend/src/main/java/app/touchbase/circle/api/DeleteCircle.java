package app.touchbase.circle.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Only an empty circle can be deleted; archive one that still has members. */
public record DeleteCircle(@TargetAggregateIdentifier UUID circleId, String owner) {
}
