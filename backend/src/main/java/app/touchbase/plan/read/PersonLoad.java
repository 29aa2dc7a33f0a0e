package app.touchbase.plan.read;

import app.touchbase.cadence.api.CircleRef;
import app.touchbase.nexttouch.api.NextTouch;
import app.touchbase.nexttouch.api.RuleTouch;

import java.time.Period;
import java.util.Comparator;
import java.util.Optional;

/**
 * What one person's rules ask of the week: their most frequent rule, and the circle it came from (null for the
 * person's own rules). One touch of the right kind can serve all their rules, so the most frequent one sets the pace.
 */
record PersonLoad(Period every, String circle) {

    static final double DAYS_PER_YEAR = 365.2425;

    /** Touches a week this person needs. */
    double perWeek() {
        return 7 / days(every);
    }

    static double days(Period period) {
        return period.getYears() * DAYS_PER_YEAR + period.getMonths() * DAYS_PER_YEAR / 12 + period.getDays();
    }

    static Optional<PersonLoad> of(NextTouch touch) {
        return touch.rules().stream()
                .map(RuleTouch::rule)
                .min(Comparator.comparingDouble(rule -> days(rule.every())))
                .map(rule -> new PersonLoad(rule.every(), rule.fromCircle() ? circleName(touch, rule.ruleId()) : null));
    }

    private static String circleName(NextTouch touch, String ruleId) {
        return touch.circles().stream()
                .filter(circle -> ruleId.startsWith("circle:" + circle.circleId() + ":"))
                .map(CircleRef::name)
                .findFirst().orElse(null);
    }
}
