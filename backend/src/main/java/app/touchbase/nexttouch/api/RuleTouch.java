package app.touchbase.nexttouch.api;

import app.touchbase.cadence.api.KeepInTouchRule;

import java.time.LocalDate;

/**
 * Where one rule of a contact stands: its latest counting touch and its next touch (days in the owner's zone).
 * {@code overridden}: a circle's rule the contact keeps in its own version.
 */
public record RuleTouch(KeepInTouchRule rule, LocalDate lastTouchOn, LocalDate nextTouchOn, TouchStatus status,
                        boolean overridden) {

    public boolean isCadence() {
        return KeepInTouchRule.CADENCE.equals(rule.ruleId());
    }
}
