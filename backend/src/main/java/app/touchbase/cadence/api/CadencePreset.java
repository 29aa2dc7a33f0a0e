package app.touchbase.cadence.api;

import java.time.Period;
import java.util.Arrays;
import java.util.Optional;

/** The cadences people pick most, and a readable description of any cadence. */
public enum CadencePreset {
    WEEKLY(Period.ofWeeks(1), "every week"),
    EVERY_TWO_WEEKS(Period.ofWeeks(2), "every 2 weeks"),
    MONTHLY(Period.ofMonths(1), "every month"),
    QUARTERLY(Period.ofMonths(3), "every 3 months"),
    TWICE_A_YEAR(Period.ofMonths(6), "twice a year"),
    YEARLY(Period.ofYears(1), "once a year");

    private final Period every;
    private final String label;

    CadencePreset(Period every, String label) {
        this.every = every;
        this.label = label;
    }

    public Period every() {
        return every;
    }

    public String label() {
        return label;
    }

    /** The preset for exactly this period, if there is one. */
    public static Optional<CadencePreset> of(Period period) {
        return Arrays.stream(values()).filter(preset -> preset.every.equals(period)).findFirst();
    }

    /** "every 3 months", "every 10 days", "every 1 year, 2 months". */
    public static String describe(Period period) {
        for (CadencePreset preset : values()) {
            if (preset.every.equals(period)) {
                return preset.label;
            }
        }
        if (period.getYears() == 0 && period.getMonths() == 0 && period.getDays() % 7 == 0) {
            return "every " + unit(period.getDays() / 7, "week");
        }
        StringBuilder text = new StringBuilder("every ");
        appendPart(text, period.getYears(), "year");
        appendPart(text, period.getMonths(), "month");
        appendPart(text, period.getDays(), "day");
        return text.toString();
    }

    private static void appendPart(StringBuilder text, int amount, String unit) {
        if (amount != 0) {
            if (!text.toString().equals("every ")) {
                text.append(", ");
            }
            text.append(unit(amount, unit));
        }
    }

    private static String unit(int amount, String unit) {
        return amount + " " + unit + (amount == 1 ? "" : "s");
    }
}
