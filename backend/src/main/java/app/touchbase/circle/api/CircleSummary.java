package app.touchbase.circle.api;

import app.touchbase.cadence.api.CircleRef;
import app.touchbase.cadence.api.KeepInTouchRule;

import java.util.List;
import java.util.UUID;

/**
 * A circle as the owner sees it. {@code members} are the contacts in it; {@code settled} of them already carry the
 * circle's current rules (the rest follow within moments, which is what a progress bar shows), and {@code due} and
 * {@code overdue} count members with one of the circle's rules due or overdue today.
 */
public record CircleSummary(UUID circleId, CircleDetails details, List<KeepInTouchRule> rules, List<UUID> members,
                            int settled, int due, int overdue, boolean archived) {

    public CircleSummary {
        rules = List.copyOf(rules);
        members = List.copyOf(members);
    }

    public CircleRef ref() {
        return new CircleRef(circleId, details.name(), details.colour());
    }

    public boolean settledAll() {
        return settled >= members.size();
    }
}
