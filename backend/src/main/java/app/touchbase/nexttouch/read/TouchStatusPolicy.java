package app.touchbase.nexttouch.read;

import app.touchbase.nexttouch.api.TouchStatus;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;

/**
 * How urgent a next touch is at a given moment. A touch is "due soon" shortly before it falls due, "due" from then,
 * and "overdue" once it has been left for a while, until acted on. "Shortly" and "a while" are a week for cadences of
 * a month or more, and shrink with shorter cadences (a quarter and half of the cadence), so a weekly contact is not
 * "due soon" the moment after a touch.
 */
final class TouchStatusPolicy {

    static final Duration LONGEST_WINDOW = Duration.ofDays(7);

    private TouchStatusPolicy() {
    }

    static TouchStatus statusAt(Instant now, Instant nextTouchAt, Period cadence, boolean snoozeInEffect) {
        if (nextTouchAt == null || cadence == null) {
            return TouchStatus.NO_CADENCE;
        }
        if (snoozeInEffect && now.isBefore(nextTouchAt)) {
            return TouchStatus.SNOOZED;
        }
        Duration length = Duration.between(nextTouchAt.atOffset(ZoneOffset.UTC).minus(cadence).toInstant(), nextTouchAt);
        if (!now.isBefore(nextTouchAt.plus(shorter(length.dividedBy(2))))) {
            return TouchStatus.OVERDUE;
        }
        if (!now.isBefore(nextTouchAt)) {
            return TouchStatus.DUE;
        }
        if (!now.isBefore(nextTouchAt.minus(shorter(length.dividedBy(4))))) {
            return TouchStatus.DUE_SOON;
        }
        return TouchStatus.OK;
    }

    /** Every touch that can be due soon, due, overdue or snoozed at {@code now} has its next touch before this. */
    static Instant horizon(Instant now) {
        return now.plus(LONGEST_WINDOW);
    }

    private static Duration shorter(Duration window) {
        return window.compareTo(LONGEST_WINDOW) < 0 ? window : LONGEST_WINDOW;
    }
}
