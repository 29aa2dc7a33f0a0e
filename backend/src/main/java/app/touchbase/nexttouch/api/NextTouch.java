package app.touchbase.nexttouch.api;

import app.touchbase.cadence.api.CircleRef;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.UUID;

/**
 * When to get in touch with one contact next; every day is a calendar day in the owner's time zone.
 *
 * @param cadence     the contact's plain cadence (any touch this often), if it has one
 * @param lastTouchOn the day of the latest live touch of any kind, if any
 * @param nextTouchOn the next touch of the most urgent rule: its last counting touch (or, before the first one, the
 *                    day the rule was set) plus its period, moved later by a snooze; null without any rule
 * @param status      the most urgent rule's status
 * @param rules       every rule, most urgent first
 * @param circles     the circles the contact is in, by name
 */
public record NextTouch(UUID contactId, String name, Period cadence, LocalDate lastTouchOn, LocalDate snoozedUntil,
                        LocalDate nextTouchOn, TouchStatus status, List<RuleTouch> rules, List<CircleRef> circles) {

    public NextTouch {
        rules = List.copyOf(rules);
        circles = circles == null ? List.of() : List.copyOf(circles);
    }

    public boolean inCircle(UUID circleId) {
        return circles.stream().anyMatch(circle -> circle.circleId().equals(circleId));
    }

    /** The rule behind the status, if the contact has any. */
    public RuleTouch mostUrgent() {
        return rules.isEmpty() ? null : rules.get(0);
    }
}
