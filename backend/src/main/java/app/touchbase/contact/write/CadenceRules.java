package app.touchbase.contact.write;

import app.touchbase.cadence.CadenceLimits;
import app.touchbase.cadence.api.SnoozeTouch;
import app.touchbase.shared.Inputs;
import app.touchbase.shared.api.InvalidInputException;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;

/** Bounds for cadences and snoozes. */
final class CadenceRules {

    private CadenceRules() {
    }

    static void validateCadence(Period every) {
        CadenceLimits.validate(every, "every");
    }

    static void validateSnooze(Instant until, Instant now) {
        Inputs.requirePresent(until, "until", "The end of the snooze");
        if (!until.isAfter(now)) {
            throw new InvalidInputException("until", "A snooze must end in the future.");
        }
        Instant latest = now.atOffset(ZoneOffset.UTC).plus(SnoozeTouch.LONGEST).toInstant();
        if (until.isAfter(latest)) {
            throw new InvalidInputException("until", "A snooze can last at most a year: pick an earlier day or change the cadence.");
        }
    }
}
