package app.touchbase.reminder.api;

/** Counts of every account's mails by status, for the operator's metrics; no content, no owner. */
public record FetchOutboxTotals() {
}
