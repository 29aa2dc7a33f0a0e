package app.touchbase.asof.read;

import app.touchbase.asof.api.FetchNetworkOverTime;
import app.touchbase.asof.api.NetworkDay;
import app.touchbase.asof.api.NetworkOverTime;
import app.touchbase.contact.NextTouchState;
import app.touchbase.contact.api.ContactPage;
import app.touchbase.contact.api.ContactSummary;
import app.touchbase.contact.api.ListAllContacts;
import app.touchbase.nexttouch.NextTouchView;
import app.touchbase.nexttouch.api.TouchStatus;
import app.touchbase.shared.Inputs;
import app.touchbase.shared.OwnerZones;
import app.touchbase.shared.api.ContactEvent;
import app.touchbase.shared.api.InvalidInputException;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The network over time: every contact of the owner (archived ones too, they were not always archived; erased ones
 * nowhere, on no day) folded from
 * its events day by day with {@link NextTouchState}, the fold of the next-touch read model and of the contact as of a
 * moment, and its status on each day read with {@link NextTouchView#statusOn}, as the next-touch list reads it.
 */
@Component
public class NetworkOverTimeQueries {

    private final EventStore eventStore;
    private final QueryGateway queries;
    private final OwnerZones zones;
    private final Clock clock;

    public NetworkOverTimeQueries(EventStore eventStore, QueryGateway queries, OwnerZones zones, Clock clock) {
        this.eventStore = eventStore;
        this.queries = queries;
        this.zones = zones;
        this.clock = clock;
    }

    @QueryHandler
    public NetworkOverTime handle(FetchNetworkOverTime query) {
        Inputs.requireOwner(query.owner());
        LocalDate from = Inputs.requirePresent(query.from(), "from", "The first day");
        LocalDate to = Inputs.requirePresent(query.to(), "to", "The last day");
        LocalDate today = zones.today(query.owner(), clock);
        if (to.isAfter(today)) {
            throw new InvalidInputException("to", "The last day can be today (" + today + ") at the latest, not " + to + ".");
        }
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        if (days < 1 || days > FetchNetworkOverTime.MAX_DAYS) {
            throw new InvalidInputException("from", "Ask for 1 to " + FetchNetworkOverTime.MAX_DAYS
                    + " days, the first on or before the last, not " + from + " to " + to + ".");
        }
        ZoneId zone = zones.zoneOf(query.owner());
        List<Instant> dayEnds = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            dayEnds.add(day.plusDays(1).atStartOfDay(zone).toInstant());
        }
        int[][] counts = new int[(int) days][TouchStatus.values().length];
        List<ContactSummary> contacts = queries.query(new ListAllContacts(query.owner()),
                ResponseTypes.instanceOf(ContactPage.class)).join().contacts();
        for (ContactSummary contact : contacts) {
            count(query.owner(), ContactEvents.of(eventStore, contact.contactId()), from, dayEnds, counts);
        }
        List<NetworkDay> network = new ArrayList<>();
        for (int day = 0; day < days; day++) {
            int[] on = counts[day];
            network.add(new NetworkDay(from.plusDays(day), on[TouchStatus.OK.ordinal()] + on[TouchStatus.DUE_SOON.ordinal()],
                    on[TouchStatus.SNOOZED.ordinal()], on[TouchStatus.DUE.ordinal()], on[TouchStatus.OVERDUE.ordinal()]));
        }
        return new NetworkOverTime(network);
    }

    /** Folds one contact on through the days, each day up to its end, and counts where it stood that day. */
    private static void count(String owner, List<ContactEvent> events, LocalDate from, List<Instant> dayEnds, int[][] counts) {
        if (events.isEmpty() || !owner.equals(events.get(0).owner()) || ContactEvents.erased(events)) {
            return;
        }
        NextTouchState state = NextTouchState.NONE;
        List<NextTouchState.RuleDue> schedule = List.of();
        int next = 0;
        for (int day = 0; day < dayEnds.size(); day++) {
            Instant end = dayEnds.get(day);
            NextTouchState before = state;
            while (next < events.size() && ContactAsOfQueries.RecordedAt.of(events.get(next)).isBefore(end)) {
                state = state.after(events.get(next++));
            }
            if (state != before) {
                schedule = state.schedule(); // the same until the next event: only the day moves its status
            }
            if (state.contactId() != null && state.hasRules() && !state.archived()) {
                counts[day][NextTouchView.statusOn(schedule, false, from.plusDays(day)).ordinal()]++;
            }
        }
    }
}
