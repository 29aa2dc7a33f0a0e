package app.touchbase.reminder.api;

public enum MailStatus {
    /** Waiting for its first or next attempt. */
    PENDING,
    /** Accepted by the mail server. */
    SENT,
    /** Kept in the outbox because no mail server is configured, or the account has no address. */
    KEPT,
    /** Every attempt failed; it stays here to be read. */
    FAILED
}
