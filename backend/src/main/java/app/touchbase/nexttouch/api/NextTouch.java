package app.touchbase.nexttouch.api;

import java.time.Instant;
import java.time.Period;
import java.util.UUID;

/**
 * When to get in touch with one contact next.
 *
 * @param lastInteractionAt the latest live interaction, if any
 * @param nextTouchAt       last interaction (or, before the first one, the moment the cadence was set) plus the cadence,
 *                          moved later by a snooze; null without a cadence
 */
public record NextTouch(UUID contactId, String name, Period cadence, Instant lastInteractionAt, Instant snoozedUntil,
                        Instant nextTouchAt, TouchStatus status) {
}
