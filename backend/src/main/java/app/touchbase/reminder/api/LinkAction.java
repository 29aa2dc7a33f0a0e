package app.touchbase.reminder.api;

public enum LinkAction {
    /** Logs that the owner got in touch today. */
    GOT_IN_TOUCH,
    /** Snoozes the touch for a week. */
    SNOOZE_WEEK,
    /** Skips this cycle: the next touch comes one cadence later. */
    SKIP_CYCLE
}
