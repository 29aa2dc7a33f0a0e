package app.touchbase.nexttouch.api;

import java.time.LocalDate;
import java.util.List;

/** Sorted by urgency (see {@link TouchStatus}), then by next touch, earliest first; {@code today} in the owner's zone. */
public record DueTouches(LocalDate today, List<NextTouch> touches) {
}
