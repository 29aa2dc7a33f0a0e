package app.touchbase.nexttouch.api;

import app.touchbase.interaction.api.InteractionType;

import java.time.LocalDate;
import java.time.Period;
import java.util.Set;

/**
 * Where one rule of a contact stands: its latest counting touch and its next touch (days in the owner's zone).
 *
 * @param counts the kinds of touch that count; empty: every touch counts
 */
public record RuleTouch(String ruleId, String label, Period every, Set<InteractionType> counts, LocalDate lastTouchOn,
                        LocalDate nextTouchOn, TouchStatus status) {

    public RuleTouch {
        counts = Set.copyOf(counts);
    }
}
