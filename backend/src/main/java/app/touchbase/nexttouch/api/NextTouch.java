package app.touchbase.nexttouch.api;

import java.time.LocalDate;
import java.time.Period;
import java.util.UUID;

/**
 * When to get in touch with one contact next; every day is a calendar day in the owner's time zone.
 *
 * @param lastTouchOn the day of the latest live touch, if any
 * @param nextTouchOn last touch (or, before the first one, the day the cadence was set) plus the cadence, moved later
 *                    by a snooze; null without a cadence
 */
public record NextTouch(UUID contactId, String name, Period cadence, LocalDate lastTouchOn, LocalDate snoozedUntil,
                        LocalDate nextTouchOn, TouchStatus status) {
}
