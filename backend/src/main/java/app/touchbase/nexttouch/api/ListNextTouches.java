package app.touchbase.nexttouch.api;

/** The next touch of every contact with a cadence that is not archived, whatever its status. */
public record ListNextTouches(String owner) {
}
