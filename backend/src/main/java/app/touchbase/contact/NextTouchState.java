package app.touchbase.contact;

import app.touchbase.cadence.api.CadenceCleared;
import app.touchbase.cadence.api.CadenceSet;
import app.touchbase.cadence.api.TouchSnoozed;
import app.touchbase.contact.api.ContactAdded;
import app.touchbase.contact.api.ContactArchived;
import app.touchbase.contact.api.ContactDetailsChanged;
import app.touchbase.contact.api.ContactRestored;
import app.touchbase.interaction.api.InteractionCorrected;
import app.touchbase.interaction.api.InteractionLogged;
import app.touchbase.interaction.api.InteractionRemoved;
import app.touchbase.shared.api.ContactEvent;

import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The one fold of a contact's events into when to get in touch next, used alike by the contact aggregate, the
 * next-touch read model and the reminder saga. Every day is a calendar day in the owner's time zone, as the owner
 * read the calendar: the arithmetic is on {@link LocalDate}s, never on instants. Pure: {@link #after} returns a new
 * state and the derived values depend on nothing but the state.
 *
 * @param touches         the day of every live touch, by interaction id
 * @param cadenceStartsOn the day the cadence was set: it counts from there until the first touch
 */
public record NextTouchState(String contactId, String owner, String name, Period cadence, LocalDate cadenceStartsOn,
                             Map<String, LocalDate> touches, LocalDate snoozedUntil, boolean archived) {

    /** Before the contact was added: every event but {@link ContactAdded} leaves it as it is (and a repeated one changes nothing). */
    public static final NextTouchState NONE = new NextTouchState(null, null, null, null, null, Map.of(), null, false);

    public NextTouchState {
        touches = Map.copyOf(touches);
    }

    /** This state once {@code event} has happened; events that do not move the next touch change nothing. */
    public NextTouchState after(ContactEvent event) {
        if (event instanceof ContactAdded added) {
            return contactId != null ? this : new NextTouchState(added.contactId().toString(), added.owner(), added.details().name(), null, null,
                    Map.of(), null, false);
        }
        if (contactId == null) {
            return this;
        }
        if (event instanceof ContactDetailsChanged changed) {
            return new NextTouchState(contactId, owner, changed.details().name(), cadence, cadenceStartsOn, touches,
                    snoozedUntil, archived);
        }
        if (event instanceof InteractionLogged logged) {
            return withTouch(logged.interactionId().toString(), logged.occurredOn());
        }
        if (event instanceof InteractionCorrected corrected) {
            return withTouch(corrected.interactionId().toString(), corrected.occurredOn());
        }
        if (event instanceof InteractionRemoved removed) {
            Map<String, LocalDate> changed = new LinkedHashMap<>(touches);
            changed.remove(removed.interactionId().toString());
            return new NextTouchState(contactId, owner, name, cadence, cadenceStartsOn, changed, snoozedUntil, archived);
        }
        if (event instanceof CadenceSet set) {
            return new NextTouchState(contactId, owner, name, set.every(), set.startsOn(), touches, snoozedUntil, archived);
        }
        if (event instanceof CadenceCleared) {
            // Without a cadence nothing is due, and a snooze has nothing left to postpone.
            return new NextTouchState(contactId, owner, name, null, null, touches, null, archived);
        }
        if (event instanceof TouchSnoozed snoozed) {
            return new NextTouchState(contactId, owner, name, cadence, cadenceStartsOn, touches, snoozed.until(), archived);
        }
        if (event instanceof ContactArchived || event instanceof ContactRestored) {
            return new NextTouchState(contactId, owner, name, cadence, cadenceStartsOn, touches, snoozedUntil,
                    event instanceof ContactArchived);
        }
        return this;
    }

    private NextTouchState withTouch(String interactionId, LocalDate on) {
        Map<String, LocalDate> changed = new LinkedHashMap<>(touches);
        changed.put(interactionId, on);
        return new NextTouchState(contactId, owner, name, cadence, cadenceStartsOn, changed, snoozedUntil, archived);
    }

    /** The day of the latest live touch: logging an older one late never moves it back. */
    public Optional<LocalDate> lastTouchOn() {
        return touches.values().stream().max(Comparator.naturalOrder());
    }

    /** The day the cadence asks for the next touch, before any snooze: the last touch (or the cadence's start) plus the cadence. */
    public Optional<LocalDate> dueOn() {
        if (cadence == null) {
            return Optional.empty();
        }
        return Optional.of(lastTouchOn().orElse(cadenceStartsOn).plus(cadence));
    }

    /** The snooze wins while it ends later than the cadence's due day. */
    public Optional<LocalDate> nextTouchOn() {
        return dueOn().map(due -> snoozeInEffect() ? snoozedUntil : due);
    }

    public boolean snoozeInEffect() {
        return snoozedUntil != null && dueOn().map(snoozedUntil::isAfter).orElse(false);
    }
}
