package app.touchbase.plan.api;

import java.time.LocalDate;

/** One owner's week, starting on the owner's digest weekday; names the week's plan for good. */
public record PlanWeek(String owner, LocalDate weekStart) {

    public static String planId(String owner, LocalDate weekStart) {
        return planIdPrefix(owner) + weekStart;
    }

    /** What the ids of every plan of one owner start with. */
    public static String planIdPrefix(String owner) {
        return "plan:" + owner + ":";
    }

    public String planId() {
        return planId(owner, weekStart);
    }
}
