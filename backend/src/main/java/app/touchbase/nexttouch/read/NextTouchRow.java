package app.touchbase.nexttouch.read;

import app.touchbase.contact.NextTouchState;
import org.bson.codecs.pojo.annotations.BsonId;

import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import java.util.UUID;

/**
 * One contact's next-touch document: the folded state and, for querying, the derived days. Days are stored as BSON
 * dates at midnight UTC, so they sort and compare as days. Public only because the driver's record codec reads the
 * components reflectively; nothing outside this package uses it.
 */
public record NextTouchRow(@BsonId UUID contactId, String owner, String name, Period cadence, LocalDate cadenceStartsOn,
                    Map<String, LocalDate> touches, LocalDate snoozedUntil, boolean archived,
                    LocalDate lastTouchOn, LocalDate dueOn, LocalDate nextTouchOn, boolean snoozeInEffect) {

    static NextTouchRow of(NextTouchState state) {
        return new NextTouchRow(UUID.fromString(state.contactId()), state.owner(), state.name(), state.cadence(),
                state.cadenceStartsOn(), state.touches(), state.snoozedUntil(), state.archived(),
                state.lastTouchOn().orElse(null), state.dueOn().orElse(null), state.nextTouchOn().orElse(null),
                state.snoozeInEffect());
    }

    NextTouchState state() {
        return new NextTouchState(contactId.toString(), owner, name, cadence, cadenceStartsOn,
                touches == null ? Map.of() : touches, snoozedUntil, archived);
    }
}
