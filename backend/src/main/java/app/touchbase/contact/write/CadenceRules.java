package app.touchbase.contact.write;

import app.touchbase.cadence.CadenceLimits;
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
