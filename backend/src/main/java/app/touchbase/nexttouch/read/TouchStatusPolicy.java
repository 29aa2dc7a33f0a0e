package app.touchbase.nexttouch.read;

import app.touchbase.nexttouch.api.TouchStatus;

import java.time.Duration;
import java.time.Instant;

/**
 * How urgent a next touch is at a given moment. A touch is "due soon" in the week before it falls due,
 * "due" on the day and for a week after, and "overdue" from then on until acted on.
 */
final class TouchStatusPolicy {

    static final Duration DUE_SOON_WINDOW = Duration.ofDays(7);
    static final Duration OVERDUE_AFTER = Duration.ofDays(7);

    private TouchStatusPolicy() {
    }

    static TouchStatus statusAt(Instant now, Instant nextTouchAt, boolean snoozeInEffect) {
        if (nextTouchAt == null) {
            return TouchStatus.NO_CADENCE;
        }
        if (snoozeInEffect && now.isBefore(nextTouchAt)) {
            return TouchStatus.SNOOZED;
        }
        if (!now.isBefore(nextTouchAt.plus(OVERDUE_AFTER))) {
            return TouchStatus.OVERDUE;
        }
        if (!now.isBefore(nextTouchAt)) {
            return TouchStatus.DUE;
        }
        if (!now.isBefore(nextTouchAt.minus(DUE_SOON_WINDOW))) {
            return TouchStatus.DUE_SOON;
        }
        return TouchStatus.OK;
    }

    /** Anything that asks for attention now or within the due-soon window, snoozed ones included. */
    static Instant horizon(Instant now) {
        return now.plus(DUE_SOON_WINDOW);
    }
}
