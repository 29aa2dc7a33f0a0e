package app.touchbase.circle.api;

import java.util.UUID;

/** One circle with its members; answers {@code Optional<CircleSummary>}. */
public record FetchCircle(String owner, UUID circleId) {
}
