package app.touchbase.nexttouch.api;

import java.time.Instant;
import java.util.List;

/** Sorted by urgency (see {@link TouchStatus}), then by next touch, earliest first. */
public record DueTouches(Instant asOf, List<NextTouch> touches) {
}
