package app.touchbase.contact.api;

/** The touches whose reply the owner still waits for, among the owner's active contacts, oldest first. */
public record ListAwaitedReplies(String owner) {
}
