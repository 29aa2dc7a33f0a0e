package app.touchbase.reminder.api;

public enum LinkAction {
    /** Logs that the owner got in touch today. */
    GOT_IN_TOUCH,
    /** Snoozes the touch for a week. */
    SNOOZE_WEEK,
    /** Skips this cycle: the next touch comes one cadence later. */
    SKIP_CYCLE,
    /** Skips the person in the week's plan; the link's day is the first day of that week. */
    SKIP_PLAN_WEEK,
    /** Moves the person to the next week's plan; the link's day is the first day of that week. */
    PLAN_NEXT_WEEK;

    /** Whether the action is about the weekly plan rather than the next touch. */
    public boolean aboutThePlan() {
        return this == SKIP_PLAN_WEEK || this == PLAN_NEXT_WEEK;
    }
}
