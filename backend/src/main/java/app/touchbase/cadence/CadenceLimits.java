package app.touchbase.cadence;

import app.touchbase.cadence.api.SetCadence;
import app.touchbase.shared.Inputs;
import app.touchbase.shared.api.InvalidInputException;

import java.time.Period;

/** A cadence is between one day and three years. */
public final class CadenceLimits {

    private CadenceLimits() {
    }

    public static void validate(Period every, String field) {
        Inputs.requirePresent(every, field, "The cadence");
        if (every.isNegative() || every.isZero()
                || approximateDays(every) < approximateDays(SetCadence.SHORTEST)
                || approximateDays(every) > approximateDays(SetCadence.LONGEST)) {
            throw new InvalidInputException(field,
                    "A cadence must be between one day and three years, e.g. every 2 weeks or every 3 months (got " + every + ").");
        }
    }

    private static long approximateDays(Period period) {
        return period.getYears() * 365L + period.getMonths() * 30L + period.getDays();
    }
}
