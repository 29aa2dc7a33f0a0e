package app.touchbase.nexttouch.read;

import app.touchbase.nexttouch.api.DueTouches;
import app.touchbase.nexttouch.api.FetchNextTouch;
import app.touchbase.nexttouch.api.ListDueTouches;
import app.touchbase.nexttouch.api.ListNextTouches;
import app.touchbase.nexttouch.api.NextTouch;
import app.touchbase.nexttouch.api.TouchStatus;
import app.touchbase.shared.Inputs;
import app.touchbase.shared.OwnerZones;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.ne;
import static com.mongodb.client.model.Filters.or;

/** Statuses are computed here, on today's date in the owner's zone, so a stored read model never goes stale. */
@Component
public class NextTouchQueries {

    private static final Comparator<NextTouch> BY_URGENCY = Comparator
            .comparing(NextTouch::status)
            .thenComparing(NextTouch::nextTouchOn, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(NextTouch::name, String.CASE_INSENSITIVE_ORDER);

    private final MongoCollection<NextTouchRow> nextTouches;
    private final Clock clock;
    private final OwnerZones zones;

    public NextTouchQueries(MongoDatabase touchbaseDatabase, Clock clock, OwnerZones zones) {
        this.nextTouches = touchbaseDatabase.getCollection(NextTouchProjection.COLLECTION, NextTouchRow.class);
        this.clock = clock;
        this.zones = zones;
    }

    @QueryHandler
    public DueTouches handle(ListDueTouches query) {
        Inputs.requireOwner(query.owner());
        LocalDate today = zones.today(query.owner(), clock);
        return list(query.owner(), today,
                or(lte("nextTouchOn", TouchStatusPolicy.horizon(today)), gt("snoozedUntil", today)),
                touch -> touch.status() != TouchStatus.OK && touch.status() != TouchStatus.NO_CADENCE);
    }

    @QueryHandler
    public DueTouches handle(ListNextTouches query) {
        Inputs.requireOwner(query.owner());
        return list(query.owner(), zones.today(query.owner(), clock), ne("nextTouchOn", null), touch -> true);
    }

    @QueryHandler
    public Optional<NextTouch> handle(FetchNextTouch query) {
        Inputs.requireOwner(query.owner());
        Inputs.requirePresent(query.contactId(), "contactId", "The contact id");
        LocalDate today = zones.today(query.owner(), clock);
        return Optional.ofNullable(nextTouches.find(and(eq("_id", query.contactId()), eq("owner", query.owner()))).first())
                .map(row -> view(row, today));
    }

    private DueTouches list(String owner, LocalDate today, Bson which, Predicate<NextTouch> shown) {
        List<NextTouch> touches = nextTouches.find(and(eq("owner", owner), eq("archived", false), which))
                .map(row -> view(row, today))
                .into(new ArrayList<>())
                .stream()
                .filter(shown)
                .sorted(BY_URGENCY)
                .toList();
        return new DueTouches(today, touches);
    }

    private static NextTouch view(NextTouchRow row, LocalDate today) {
        return new NextTouch(row.contactId(), row.name(), row.cadence(), row.lastTouchOn(), row.snoozedUntil(),
                row.nextTouchOn(), TouchStatusPolicy.statusOn(today, row.nextTouchOn(), row.cadence(),
                row.snoozeInEffect(), row.archived()));
    }
}
