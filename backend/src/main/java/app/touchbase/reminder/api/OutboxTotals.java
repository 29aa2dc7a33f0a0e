package app.touchbase.reminder.api;

/**
 * @param waiting mails waiting for their first or next attempt
 * @param failing waiting mails that failed at least once
 */
public record OutboxTotals(long waiting, long failing, long failed, long kept, long sent) {
}
