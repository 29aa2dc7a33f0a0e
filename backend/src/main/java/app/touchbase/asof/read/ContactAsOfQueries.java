package app.touchbase.asof.read;

import app.touchbase.asof.api.AsOfTouch;
import app.touchbase.asof.api.ContactAsOf;
import app.touchbase.asof.api.FetchContactAsOf;
import app.touchbase.contact.api.Fact;
import app.touchbase.contact.api.InteractionRecord;
import app.touchbase.followup.api.FollowUp;
import app.touchbase.importantdate.api.ImportantDate;
import app.touchbase.importantdate.api.Occurrences;
import app.touchbase.nexttouch.NextTouchView;
import app.touchbase.shared.Inputs;
import app.touchbase.shared.OwnerZones;
import app.touchbase.shared.api.ContactEvent;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A contact as of a past moment: its events up to that moment, read from the event store and folded with the same
 * folds as the read models, beside the same fold over every event for "what changed since".
 */
@Component
public class ContactAsOfQueries {

    private static final Comparator<InteractionRecord> NEWEST_FIRST = Comparator.comparing(InteractionRecord::occurredOn)
            .thenComparing(InteractionRecord::loggedAt).reversed();

    private final EventStore eventStore;
    private final OwnerZones zones;
    private final Clock clock;

    public ContactAsOfQueries(EventStore eventStore, OwnerZones zones, Clock clock) {
        this.eventStore = eventStore;
        this.zones = zones;
        this.clock = clock;
    }

    @QueryHandler
    public Optional<ContactAsOf> handle(FetchContactAsOf query) {
        Inputs.requireOwner(query.owner());
        Inputs.requirePresent(query.contactId(), "contactId", "The contact id");
        Inputs.requirePresent(query.asOf(), "asOf", "The moment to look at");
        List<ContactEvent> events = ContactEvents.of(eventStore, query.contactId());
        if (events.isEmpty() || !query.owner().equals(events.get(0).owner()) || ContactEvents.erased(events)) {
            return Optional.empty();
        }
        // the events in the order they were recorded: those up to the moment make "then", and "now" folds on from it
        ContactHistory then = new ContactHistory();
        int next = 0;
        while (next < events.size() && !RecordedAt.after(RecordedAt.of(events.get(next)), query.asOf())) {
            then.fold(events.get(next++));
        }
        ContactHistory now = then.copy();
        events.subList(next, events.size()).forEach(now::fold);
        if (!then.card.exists()) {
            return Optional.empty();
        }
        LocalDate day = LocalDate.ofInstant(query.asOf(), zones.zoneOf(query.owner()));
        LocalDate today = zones.today(query.owner(), clock);
        String name = then.card.details().name();
        List<AsOfTouch> touches = Stream.concat(
                        then.touches.values().stream().map(touch -> new AsOfTouch(touch, false)),
                        now.touches.values().stream()
                                .filter(touch -> RecordedAt.after(touch.loggedAt(), query.asOf()) && !touch.occurredOn().isAfter(day))
                                .filter(touch -> !then.touches.containsKey(touch.interactionId()))
                                .map(touch -> new AsOfTouch(touch, true)))
                .sorted(Comparator.comparing(AsOfTouch::touch, NEWEST_FIRST))
                .toList();
        List<Fact> facts = then.card.facts().stream().sorted(Comparator.comparing(Fact::recordedAt).reversed()).toList();
        List<FollowUp> followUps = then.followUps.values().stream()
                .map(open -> new FollowUp(open.followUpId(), open.contactId(), name, open.text(), open.dueOn()))
                .sorted(Comparator.comparing(FollowUp::dueOn)).toList();
        List<ImportantDate> dates = then.dates.values().stream()
                .map(date -> new ImportantDate(date.dateId(), date.contactId(), name, date.label(), date.day(), date.year(),
                        date.noticeDays(), Occurrences.nextOnOrAfter(date.day(), day)))
                .sorted(Comparator.comparing(ImportantDate::nextOccurrence)).toList();
        return Optional.of(new ContactAsOf(query.contactId(), query.asOf(), day, then.card.details(), then.card.phoneNumbers(),
                then.card.archived(), facts,
                then.card.circles(), NextTouchView.of(then.nextTouch, day), followUps, dates, touches,
                ChangesSince.between(then, now, day, today, query.asOf())));
    }

    /** The moment an event was recorded, as the event itself says (its {@code …At} instant, from the injected clock). */
    static final class RecordedAt {

        private static final ClassValue<RecordComponent> MOMENT = new ClassValue<>() {
            @Override
            protected RecordComponent computeValue(Class<?> type) {
                RecordComponent found = null;
                for (RecordComponent component : type.getRecordComponents()) {
                    if (component.getType() == Instant.class && component.getName().endsWith("At")) {
                        found = component;
                    }
                }
                if (found == null) {
                    throw new IllegalStateException(type.getSimpleName() + " names no moment it was recorded at");
                }
                return found;
            }
        };

        private RecordedAt() {
        }

        /**
         * Whether {@code moment} came after {@code asOf}, to the millisecond: the moments the read models keep and the
         * history shows are milliseconds, so "as of" a history entry includes the event behind it.
         */
        static boolean after(Instant moment, Instant asOf) {
            return moment.truncatedTo(ChronoUnit.MILLIS).isAfter(asOf);
        }

        static Instant of(ContactEvent event) {
            try {
                return (Instant) MOMENT.get(event.getClass()).getAccessor().invoke(event);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
