package app.touchbase.nexttouch.api;

/** Everyone the owner should get in touch with: overdue, due, due soon, then snoozed. */
public record ListDueTouches(String owner) {
}
