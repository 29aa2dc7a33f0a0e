package app.touchbase.nexttouch;

import app.touchbase.nexttouch.api.TouchStatus;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;

/**
 * How urgent a next touch is on a given day (both calendar days in the owner's zone). A touch is "due soon" shortly
 * before it falls due, "due" from that day, and "overdue" once it has been left for a while, until acted on. "Shortly"
 * and "a while" are a week for cadences of a month or more, and shrink with shorter cadences (a quarter and half of
 * the cadence), so a weekly contact is not "due soon" the day after a touch.
 */
public final class TouchStatusPolicy {

    public static final int LONGEST_WINDOW_DAYS = 7;

    private TouchStatusPolicy() {
    }

    public static TouchStatus statusOn(LocalDate today, LocalDate nextTouchOn, Period cadence, boolean snoozeInEffect,
                                boolean archived) {
        if (archived) {
            return TouchStatus.ARCHIVED;
        }
        if (nextTouchOn == null || cadence == null) {
            return TouchStatus.NO_CADENCE;
        }
        if (snoozeInEffect && today.isBefore(nextTouchOn)) {
            return TouchStatus.SNOOZED;
        }
        long length = ChronoUnit.DAYS.between(nextTouchOn.minus(cadence), nextTouchOn);
        if (!today.isBefore(nextTouchOn.plusDays(Math.max(1, shorter(length / 2))))) {
            return TouchStatus.OVERDUE;
        }
        if (!today.isBefore(nextTouchOn)) {
            return TouchStatus.DUE;
        }
        if (!today.isBefore(nextTouchOn.minusDays(shorter(length / 4)))) {
            return TouchStatus.DUE_SOON;
        }
        return TouchStatus.OK;
    }

    /** Every touch that can be due soon, due, overdue or snoozed on {@code today} has its next touch on or before this. */
    public static LocalDate horizon(LocalDate today) {
        return today.plusDays(LONGEST_WINDOW_DAYS);
    }

    private static long shorter(long windowDays) {
        return Math.min(windowDays, LONGEST_WINDOW_DAYS);
    }
}
