package app.touchbase.contact.write;

import app.touchbase.cadence.CadenceLimits;
import app.touchbase.cadence.RuleLimits;
import app.touchbase.cadence.api.KeepInTouchRule;
import app.touchbase.cadence.api.SnoozeTouch;
import app.touchbase.shared.Inputs;
import app.touchbase.shared.api.InvalidInputException;

import java.time.LocalDate;
import java.time.Period;

/** Bounds for cadences and snoozes; days are the owner's. */
final class CadenceRules {

    private CadenceRules() {
    }

    static void validateCadence(Period every) {
        CadenceLimits.validate(every, "every");
    }

    /** A chosen first due day lies after today and at most one cadence ahead. */
    static void validateFirstDue(LocalDate firstDueOn, Period every, LocalDate today) {
        if (firstDueOn != null && (!firstDueOn.isAfter(today) || firstDueOn.isAfter(today.plus(every)))) {
            throw new InvalidInputException("firstDueOn", "The first due day must be after today and at most one cadence ahead.");
        }
    }

    /** A rule beside the cadence: named, with a valid period; the plain cadence is set with SetCadence. */
    static void validateRule(KeepInTouchRule rule, int otherRules) {
        RuleLimits.validate(rule);
        if (otherRules >= KeepInTouchRule.MAX_RULES) {
            throw new InvalidInputException("rule", "A contact can have at most " + KeepInTouchRule.MAX_RULES
                    + " rules of its own: change or remove one first.");
        }
    }

    static void validateSnooze(LocalDate until, LocalDate today) {
        Inputs.requirePresent(until, "until", "The end of the snooze");
        if (!until.isAfter(today)) {
            throw new InvalidInputException("until", "A snooze must end after today.");
        }
        if (until.isAfter(today.plus(SnoozeTouch.LONGEST))) {
            throw new InvalidInputException("until", "A snooze can last at most a year: pick an earlier day or change the cadence.");
        }
    }
}
