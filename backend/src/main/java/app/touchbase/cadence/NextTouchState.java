package app.touchbase.cadence;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The facts the next touch is derived from, folded from events. Pure: each change returns a new state,
 * and the derived values depend on nothing but the state.
 */
public record NextTouchState(String contactId, String owner, String name, Period cadence, Instant cadenceSetAt,
                      Map<String, Instant> liveInteractions, Instant snoozedUntil, boolean archived) {

    public NextTouchState {
        liveInteractions = Map.copyOf(liveInteractions);
    }

    public static NextTouchState added(String contactId, String owner, String name) {
        return new NextTouchState(contactId, owner, name, null, null, Map.of(), null, false);
    }

    public NextTouchState renamed(String newName) {
        return new NextTouchState(contactId, owner, newName, cadence, cadenceSetAt, liveInteractions, snoozedUntil, archived);
    }

    public NextTouchState withInteraction(String interactionId, Instant occurredAt) {
        Map<String, Instant> changed = new LinkedHashMap<>(liveInteractions);
        changed.put(interactionId, occurredAt);
        return new NextTouchState(contactId, owner, name, cadence, cadenceSetAt, changed, snoozedUntil, archived);
    }

    public NextTouchState withoutInteraction(String interactionId) {
        Map<String, Instant> changed = new LinkedHashMap<>(liveInteractions);
        changed.remove(interactionId);
        return new NextTouchState(contactId, owner, name, cadence, cadenceSetAt, changed, snoozedUntil, archived);
    }

    public NextTouchState withCadence(Period every, Instant setAt) {
        return new NextTouchState(contactId, owner, name, every, setAt, liveInteractions, snoozedUntil, archived);
    }

    /** Without a cadence nothing is due, and a snooze has nothing left to postpone. */
    public NextTouchState withoutCadence() {
        return new NextTouchState(contactId, owner, name, null, null, liveInteractions, null, archived);
    }

    public NextTouchState snoozedUntil(Instant until) {
        return new NextTouchState(contactId, owner, name, cadence, cadenceSetAt, liveInteractions, until, archived);
    }

    public NextTouchState archived(boolean isArchived) {
        return new NextTouchState(contactId, owner, name, cadence, cadenceSetAt, liveInteractions, snoozedUntil, isArchived);
    }

    /** The latest live interaction: logging an older one late never moves it back. */
    public Optional<Instant> lastInteractionAt() {
        return liveInteractions.values().stream().max(Comparator.naturalOrder());
    }

    /** When the cadence asks for the next touch, before any snooze. */
    public Optional<Instant> dueAt() {
        if (cadence == null) {
            return Optional.empty();
        }
        Instant from = lastInteractionAt().orElse(cadenceSetAt);
        return Optional.of(from.atOffset(ZoneOffset.UTC).plus(cadence).toInstant());
    }

    /** The snooze wins while it ends later than the cadence's due date. */
    public Optional<Instant> nextTouchAt() {
        return dueAt().map(due -> snoozedUntil != null && snoozedUntil.isAfter(due) ? snoozedUntil : due);
    }

    public boolean snoozeInEffect() {
        return snoozedUntil != null && dueAt().map(snoozedUntil::isAfter).orElse(false);
    }
}
