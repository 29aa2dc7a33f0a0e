package app.touchbase.nexttouch.api;

import java.util.UUID;

/**
 * How the owner's circles stand among their members' next touches, or one circle's when {@code circleId} is set;
 * answers {@link CircleTallies}.
 */
public record TallyCircles(String owner, UUID circleId) {

    public TallyCircles(String owner) {
        this(owner, null);
    }
}
