package app.touchbase.circle.api;

import app.touchbase.cadence.api.KeepInTouchRule;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Add or change one of a circle's rules; every member keeps it as a rule of their own, with its own next touch. */
public record SetCircleRule(@TargetAggregateIdentifier UUID circleId, String owner, KeepInTouchRule rule) {

    public static final int MAX_RULES = 5;
}
