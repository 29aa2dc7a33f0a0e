package app.touchbase.nexttouch.api;

import java.util.Map;
import java.util.UUID;

/**
 * Per circle id: how many contacts carry the circle (its rules reached them), and how many of those have one of the
 * circle's rules due or overdue today. A contact counts once per circle, as overdue if any of the circle's rules is.
 */
public record CircleTallies(Map<UUID, Tally> byCircle) {

    public static final Tally NONE = new Tally(0, 0, 0);

    public CircleTallies {
        byCircle = Map.copyOf(byCircle);
    }

    public Tally of(UUID circleId) {
        return byCircle.getOrDefault(circleId, NONE);
    }

    public record Tally(int carrying, int due, int overdue) {
    }
}
