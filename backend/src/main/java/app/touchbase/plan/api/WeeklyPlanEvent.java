package app.touchbase.plan.api;

import java.time.LocalDate;

/** Every event of a week's plan names the plan, its owner and the first day of its week. */
public interface WeeklyPlanEvent {

    String planId();

    String owner();

    LocalDate weekStart();
}
