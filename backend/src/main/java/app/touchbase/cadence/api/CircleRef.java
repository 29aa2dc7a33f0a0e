package app.touchbase.cadence.api;

import java.util.UUID;

/** A circle as its members carry it: enough to show its chip and to find it. */
public record CircleRef(UUID circleId, String name, CircleColour colour) {
}
