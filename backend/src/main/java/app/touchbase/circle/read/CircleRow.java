package app.touchbase.circle.read;

import app.touchbase.cadence.api.KeepInTouchRule;
import app.touchbase.circle.CircleState;
import app.touchbase.circle.api.CircleDetails;
import org.bson.codecs.pojo.annotations.BsonId;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * One circle: the folded state, with the name lower-cased for sorting. Public only because the driver's record codec
 * reads the components reflectively; nothing outside this package uses it.
 */
public record CircleRow(@BsonId UUID circleId, String owner, CircleDetails details, String sortName,
                        List<KeepInTouchRule> rules, List<UUID> members, boolean archived) {

    static CircleRow of(CircleState state) {
        return new CircleRow(state.circleId(), state.owner(), state.details(),
                state.details().name().toLowerCase(Locale.ROOT), state.rules(), state.members(), state.archived());
    }

    CircleState state() {
        return new CircleState(circleId, owner, details, rules == null ? List.of() : rules,
                members == null ? List.of() : members, archived, false);
    }
}
