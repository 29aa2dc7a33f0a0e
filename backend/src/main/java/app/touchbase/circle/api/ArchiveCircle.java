package app.touchbase.circle.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** An archived circle keeps its members, but its rules stop applying to them until it is restored. */
public record ArchiveCircle(@TargetAggregateIdentifier UUID circleId, String owner) {
}
