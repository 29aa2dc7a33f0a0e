package app.touchbase.circle.api;

import java.util.UUID;

/** Every event in a circle's history names the circle and the account that owns it. */
public interface CircleEvent {

    UUID circleId();

    String owner();
}
