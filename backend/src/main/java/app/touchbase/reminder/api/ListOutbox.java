package app.touchbase.reminder.api;

/** The owner's newest mails first, at most {@code limit}. */
public record ListOutbox(String owner, int limit) {
}
