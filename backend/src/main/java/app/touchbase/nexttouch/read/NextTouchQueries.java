package app.touchbase.nexttouch.read;

import app.touchbase.cadence.api.CircleRef;
import app.touchbase.cadence.api.KeepInTouchRule;
import app.touchbase.nexttouch.NextTouchView;
import app.touchbase.nexttouch.TouchStatusPolicy;
import app.touchbase.nexttouch.api.CircleTallies;
import app.touchbase.nexttouch.api.TallyCircles;
import app.touchbase.nexttouch.api.DueTouches;
import app.touchbase.nexttouch.api.FetchNextTouch;
import app.touchbase.nexttouch.api.ListDueTouches;
import app.touchbase.nexttouch.api.ListLongestUntouched;
import app.touchbase.nexttouch.api.ListNextTouches;
import app.touchbase.nexttouch.api.ListNextTouchesOf;
import app.touchbase.nexttouch.api.LongestUntouched;
import app.touchbase.nexttouch.api.NextTouch;
import app.touchbase.nexttouch.api.RuleTouch;
import app.touchbase.nexttouch.api.TouchStatus;
import app.touchbase.shared.Inputs;
import app.touchbase.shared.api.InvalidInputException;
import app.touchbase.shared.OwnerZones;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Projections;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.ne;

/** Statuses are computed here, on today's date in the owner's zone, so a stored read model never goes stale. */
@Component
public class NextTouchQueries {

    private static final Comparator<NextTouch> BY_URGENCY = Comparator
            .comparing(NextTouch::status)
            .thenComparing(NextTouch::nextTouchOn, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(NextTouch::name, String.CASE_INSENSITIVE_ORDER);

    /**
     * The latest touch of each kind and each rule's plan are kept for the fold; the answers need only the schedule
     * derived from them, which holds every rule.
     */
    private static final Bson WITHOUT_FOLD_STATE = Projections.exclude("touches", "rules");

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
        // two reads, each served by its index, where one with an $or would compare every contact of the owner
        Map<UUID, NextTouchRow> rows = new LinkedHashMap<>();
        Stream.of(lte("nextTouchOn", TouchStatusPolicy.horizon(today)), gt("snoozedUntil", today))
                .forEach(which -> rowsOf(query.owner(), which).forEach(row -> rows.putIfAbsent(row.contactId(), row)));
        return viewed(rows.values(), today, touch -> touch.status() != TouchStatus.OK && touch.status() != TouchStatus.NO_CADENCE);
    }

    @QueryHandler
    public DueTouches handle(ListNextTouches query) {
        Inputs.requireOwner(query.owner());
        return list(query.owner(), zones.today(query.owner(), clock), ne("nextTouchOn", null), touch -> true);
    }

    @QueryHandler
    public DueTouches handle(ListNextTouchesOf query) {
        Inputs.requireOwner(query.owner());
        Inputs.requirePresent(query.contactIds(), "contactIds", "The contacts");
        if (query.contactIds().size() > ListNextTouchesOf.MAX_CONTACTS) {
            throw new InvalidInputException("contactIds", "Ask for at most " + ListNextTouchesOf.MAX_CONTACTS + " contacts at once.");
        }
        return list(query.owner(), zones.today(query.owner(), clock), and(ne("nextTouchOn", null), in("_id", query.contactIds())),
                touch -> true);
    }

    @QueryHandler
    public Optional<NextTouch> handle(FetchNextTouch query) {
        Inputs.requireOwner(query.owner());
        Inputs.requirePresent(query.contactId(), "contactId", "The contact id");
        LocalDate today = zones.today(query.owner(), clock);
        return Optional.ofNullable(nextTouches.find(and(eq("_id", query.contactId()), eq("owner", query.owner())))
                        .projection(WITHOUT_FOLD_STATE).first())
                .map(row -> view(row, today));
    }

    private DueTouches list(String owner, LocalDate today, Bson which, Predicate<NextTouch> shown) {
        return viewed(rowsOf(owner, which), today, shown);
    }

    private List<NextTouchRow> rowsOf(String owner, Bson which) {
        return nextTouches.find(and(eq("owner", owner), eq("archived", false), which)).projection(WITHOUT_FOLD_STATE)
                .into(new ArrayList<>());
    }

    private static DueTouches viewed(Collection<NextTouchRow> rows, LocalDate today, Predicate<NextTouch> shown) {
        return new DueTouches(today, rows.stream().map(row -> view(row, today)).filter(shown).sorted(BY_URGENCY).toList());
    }

    @QueryHandler
    public LongestUntouched handle(ListLongestUntouched query) {
        Inputs.requireOwner(query.owner());
        if (query.limit() < 1 || query.limit() > ListLongestUntouched.MAX_LIMIT) {
            throw new InvalidInputException("limit", "List 1 to " + ListLongestUntouched.MAX_LIMIT + " people, not " + query.limit() + ".");
        }
        List<LongestUntouched.Contact> contacts = nextTouches.find(and(eq("owner", query.owner()), eq("archived", false)))
                .projection(WITHOUT_FOLD_STATE)
                .map(row -> new LongestUntouched.Contact(row.contactId(), row.name() == null ? "" : row.name(), row.lastTouchOn()))
                .into(new ArrayList<>());
        Comparator<LongestUntouched.Contact> byName = Comparator.comparing(LongestUntouched.Contact::name, String.CASE_INSENSITIVE_ORDER);
        List<LongestUntouched.Contact> never = contacts.stream().filter(contact -> contact.lastTouchOn() == null).sorted(byName).toList();
        List<LongestUntouched.Contact> touched = contacts.stream().filter(contact -> contact.lastTouchOn() != null)
                .sorted(Comparator.comparing(LongestUntouched.Contact::lastTouchOn).thenComparing(byName))
                .limit(query.limit()).toList();
        return new LongestUntouched(touched, never.stream().limit(query.limit()).toList(), never.size());
    }

    @QueryHandler
    public CircleTallies handle(TallyCircles query) {
        Inputs.requireOwner(query.owner());
        LocalDate today = zones.today(query.owner(), clock);
        Map<UUID, int[]> counts = new HashMap<>();
        Bson members = query.circleId() == null ? and(eq("owner", query.owner()), eq("archived", false))
                : and(eq("owner", query.owner()), eq("archived", false), exists("circles." + query.circleId(), true));
        nextTouches.find(members)
                .projection(WITHOUT_FOLD_STATE)
                .forEach(row -> tally(row, view(row, today), counts));
        Map<UUID, CircleTallies.Tally> tallies = new HashMap<>();
        counts.forEach((circleId, count) -> tallies.put(circleId, new CircleTallies.Tally(count[0], count[1], count[2])));
        return new CircleTallies(tallies);
    }

    private static void tally(NextTouchRow row, NextTouch touch, Map<UUID, int[]> counts) {
        if (row.circles() == null) {
            return;
        }
        for (CircleRef circle : row.circles().values()) {
            int[] count = counts.computeIfAbsent(circle.circleId(), id -> new int[3]);
            count[0]++;
            String prefix = KeepInTouchRule.circlePrefix(circle.circleId());
            touch.rules().stream().filter(rule -> rule.rule().ruleId().startsWith(prefix)).map(RuleTouch::status)
                    .filter(status -> status == TouchStatus.OVERDUE || status == TouchStatus.DUE)
                    .min(Comparator.naturalOrder())
                    .ifPresent(status -> count[status == TouchStatus.OVERDUE ? 2 : 1]++);
        }
    }

    private static NextTouch view(NextTouchRow row, LocalDate today) {
        return NextTouchView.of(row.contactId(), row.name(), row.schedule(), row.lastTouchOn(), row.snoozedUntil(),
                row.archived(), row.circles() == null ? null : row.circles().values(), today);
    }
}
