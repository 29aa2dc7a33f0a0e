package app.touchbase.nexttouch.api;

/**
 * The owner's contacts (not archived) whose latest live touch is longest ago, and those never touched;
 * answers {@link LongestUntouched} with up to {@code limit} of each.
 */
public record ListLongestUntouched(String owner, int limit) {

    public static final int MAX_LIMIT = 100;
}
