package app.touchbase.insights.api;

import app.touchbase.cadence.api.CircleColour;

import java.util.UUID;

/**
 * How one circle's members stand today: {@code due} and {@code overdue} have one of the circle's rules due or overdue,
 * the others that carry the circle's rules are {@code inTouch}.
 */
public record CircleStanding(UUID circleId, String name, CircleColour colour, int inTouch, int due, int overdue) {

    public int total() {
        return inTouch + due + overdue;
    }
}
