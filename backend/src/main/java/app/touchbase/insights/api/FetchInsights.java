package app.touchbase.insights.api;

/** How the owner's keeping in touch has gone over the last {@code weeks} weeks and twelve months; answers {@link Insights}. */
public record FetchInsights(String owner, int weeks) {

    public static final int MAX_WEEKS = 52;
    public static final int LONGEST_UNTOUCHED = 10;

    public FetchInsights(String owner) {
        this(owner, MAX_WEEKS);
    }
}
