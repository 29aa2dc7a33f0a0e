package app.touchbase.nexttouch.read;

import app.touchbase.cadence.api.CircleRef;
import app.touchbase.contact.NextTouchState;
import org.bson.codecs.pojo.annotations.BsonId;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One contact's next-touch document: the folded state and, for querying, each rule's schedule and the soonest next
 * touch. Days are stored as BSON dates at midnight UTC, so they sort and compare as days. Public only because the
 * driver's record codec reads the components reflectively; nothing outside this package uses it.
 */
public record NextTouchRow(@BsonId UUID contactId, String owner, String name, Map<String, NextTouchState.RulePlan> rules,
                           Map<String, NextTouchState.Touch> touches, LocalDate snoozedUntil, boolean archived,
                           List<NextTouchState.RuleDue> schedule, LocalDate lastTouchOn, LocalDate nextTouchOn,
                           Map<String, CircleRef> circles) {

    static NextTouchRow of(NextTouchState state) {
        List<NextTouchState.RuleDue> schedule = state.schedule();
        return new NextTouchRow(UUID.fromString(state.contactId()), state.owner(), state.name(), state.rules(),
                state.touches(), state.snoozedUntil(), state.archived(), schedule, state.lastTouchOn().orElse(null),
                schedule.isEmpty() ? null : schedule.get(0).nextTouchOn(), state.circles());
    }

    NextTouchState state() {
        return new NextTouchState(contactId.toString(), owner, name, rules == null ? Map.of() : rules,
                touches == null ? Map.of() : touches, snoozedUntil, archived, circles == null ? Map.of() : circles);
    }
}
