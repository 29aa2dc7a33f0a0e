package app.touchbase.circle.api;

import app.touchbase.cadence.api.KeepInTouchRule;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** {@code on} is the day it was set in the owner's zone: members who get the rule now are spread from there. */
@Revision("1")
public record CircleRuleSet(UUID circleId, String owner, KeepInTouchRule rule, LocalDate on, Instant setAt)
        implements CircleEvent {
}
