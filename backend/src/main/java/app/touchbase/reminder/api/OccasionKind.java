package app.touchbase.reminder.api;

public enum OccasionKind {
    /** The cadence asks for a touch. */
    TOUCH,
    /** An important date is coming up. */
    IMPORTANT_DATE,
    /** A promised follow-up is due. */
    FOLLOW_UP
}
