package app.touchbase.cadence;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * First due days for many contacts that get a cadence at once (an import, a circle): spread evenly over the coming
 * cadence instead of all falling on the same day, so 700 imported contacts do not all fall due the same week.
 */
public final class CadenceStagger {

    private CadenceStagger() {
    }

    /**
     * {@code count} days after today and at most one cadence ahead, in order, as evenly apart as days allow; the last
     * falls one cadence ahead, so a single contact is due when the cadence alone would make it due.
     */
    public static List<LocalDate> firstDueDays(int count, Period every, LocalDate today) {
        long span = ChronoUnit.DAYS.between(today, today.plus(every));
        List<LocalDate> days = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            days.add(today.plusDays(((i + 1) * span + count - 1) / count));
        }
        return days;
    }
}
