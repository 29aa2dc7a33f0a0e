package app.touchbase.plan.read;

import app.touchbase.contact.api.AwaitedReplies;
import app.touchbase.contact.api.ContactProfile;
import app.touchbase.contact.api.CountGiveAndAsk;
import app.touchbase.contact.api.Fact;
import app.touchbase.contact.api.FetchContact;
import app.touchbase.contact.api.GiveAndAskCounts;
import app.touchbase.contact.api.GiveAndAskCounts.Tally;
import app.touchbase.contact.api.ListAwaitedReplies;
import app.touchbase.contact.api.PhoneNumber;
import app.touchbase.followup.api.FollowUp;
import app.touchbase.followup.api.ListOpenFollowUps;
import app.touchbase.followup.api.OpenFollowUps;
import app.touchbase.importantdate.api.ImportantDate;
import app.touchbase.importantdate.api.ImportantDates;
import app.touchbase.importantdate.api.ListUpcomingDates;
import app.touchbase.nexttouch.api.DueTouches;
import app.touchbase.nexttouch.api.ListDueTouches;
import app.touchbase.nexttouch.api.ListNextTouches;
import app.touchbase.nexttouch.api.ListNextTouchesOf;
import app.touchbase.nexttouch.api.NextTouch;
import app.touchbase.nexttouch.api.TouchStatus;
import app.touchbase.plan.BudgetRules;
import app.touchbase.plan.PlanCalendar;
import app.touchbase.plan.api.Capacity;
import app.touchbase.plan.api.CheckCapacity;
import app.touchbase.plan.api.ComingWeeks;
import app.touchbase.plan.api.FetchPlannedContact;
import app.touchbase.plan.api.FetchThisWeek;
import app.touchbase.plan.api.FetchWeeklyBudget;
import app.touchbase.plan.api.GiveAndAsk;
import app.touchbase.plan.api.PlanComingWeeks;
import app.touchbase.plan.api.PlanItem;
import app.touchbase.plan.api.PlanItemStatus;
import app.touchbase.plan.api.PlanSource;
import app.touchbase.plan.api.PlanWeek;
import app.touchbase.plan.api.PlannedContact;
import app.touchbase.plan.api.PlannedTouch;
import app.touchbase.plan.api.PlannedWeek;
import app.touchbase.plan.api.Reach;
import app.touchbase.plan.api.ThisWeek;
import app.touchbase.plan.api.WeeklyBudget;
import app.touchbase.shared.Inputs;
import app.touchbase.shared.api.InvalidInputException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;

/**
 * The weekly plan, computed when asked against the injected clock: this week's recorded plan or the proposal to
 * record, the coming weeks levelled within the budget, and whether the rules fit the budget at all.
 */
@Component
public class PlanQueries {

    static final int DATES_AHEAD = 14;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    private final MongoCollection<WeeklyPlanRow> plans;
    private final MongoCollection<WeeklyBudgetRow> budgets;
    private final QueryGateway queries;
    private final PlanCalendar calendar;

    public PlanQueries(MongoDatabase touchbaseDatabase, QueryGateway queries, PlanCalendar calendar) {
        this.plans = touchbaseDatabase.getCollection(WeeklyPlanProjection.PLANS, WeeklyPlanRow.class);
        this.budgets = touchbaseDatabase.getCollection(WeeklyPlanProjection.BUDGETS, WeeklyBudgetRow.class);
        this.queries = queries;
        this.calendar = calendar;
    }

    @QueryHandler
    public WeeklyBudget handle(FetchWeeklyBudget query) {
        Inputs.requireOwner(query.owner());
        return new WeeklyBudget(query.owner(), budgetOf(query.owner()));
    }

    @QueryHandler
    public Optional<PlannedContact> handle(FetchPlannedContact query) {
        Inputs.requireOwner(query.owner());
        WeeklyPlanRow row = plans.find(eq("_id", PlanWeek.planId(query.owner(), query.weekStart()))).first();
        return row == null ? Optional.empty()
                : row.items().stream().filter(item -> item.contactId().equals(query.contactId())).findFirst();
    }

    @QueryHandler
    public ThisWeek handle(FetchThisWeek query) {
        Inputs.requireOwner(query.owner());
        return thisWeek(new Network(query.owner()));
    }

    @QueryHandler
    public ComingWeeks handle(PlanComingWeeks query) {
        Inputs.requireOwner(query.owner());
        if (query.weeks() < 1 || query.weeks() > PlanComingWeeks.MAX_WEEKS) {
            throw new InvalidInputException("weeks", "Plan 1 to " + PlanComingWeeks.MAX_WEEKS + " weeks ahead, not " + query.weeks() + ".");
        }
        Network network = new Network(query.owner());
        ThisWeek thisWeek = thisWeek(network);
        Set<UUID> planned = thisWeek.items().stream().map(PlanItem::contactId).collect(Collectors.toSet());
        List<LocalDate> weekEnds = Stream.iterate(thisWeek.weekEnd(), end -> end.plusDays(7)).limit(query.weeks()).toList();
        LocalDate horizon = weekEnds.get(weekEnds.size() - 1);
        List<Candidate> pool = network.everyoneKeptInTouch().stream()
                .filter(touch -> !planned.contains(touch.contactId()))
                .filter(touch -> touch.nextTouchOn() != null && !touch.nextTouchOn().isAfter(horizon))
                .map(network::candidate)
                .sorted(Candidate.MOST_URGENT_FIRST).toList();
        List<Integer> free = new ArrayList<>();
        free.add(Math.max(0, network.budget - thisWeek.items().size()));
        weekEnds.stream().skip(1).forEach(end -> free.add(network.budget));
        List<List<Candidate>> spread = LoadLeveller.spread(pool, weekEnds, free);
        List<PlannedWeek> weeks = new ArrayList<>();
        for (int week = 0; week < weekEnds.size(); week++) {
            List<PlannedTouch> people = new ArrayList<>();
            if (week == 0) {
                thisWeek.items().forEach(item -> people.add(new PlannedTouch(item.contactId(), item.name(), item.nextTouchOn(), item.touchStatus())));
            }
            spread.get(week).forEach(candidate -> people.add(planned(candidate)));
            weeks.add(new PlannedWeek(weekEnds.get(week).minusDays(6), people));
        }
        return new ComingWeeks(network.budget, weeks, spread.get(weekEnds.size()).stream().map(PlanQueries::planned).toList());
    }

    @QueryHandler
    public Capacity handle(CheckCapacity query) {
        Inputs.requireOwner(query.owner());
        List<PersonLoad> loads = nextTouches(query.owner()).stream().map(PersonLoad::of).flatMap(Optional::stream).toList();
        if (query.budget() != null) {
            BudgetRules.requireBudget(query.budget());
        }
        return CapacityMaths.check(loads, query.budget() != null ? query.budget() : budgetOf(query.owner()));
    }

    private ThisWeek thisWeek(Network network) {
        LocalDate weekStart = calendar.weekStartOf(network.owner, network.today);
        WeeklyPlanRow recorded = plans.find(eq("_id", PlanWeek.planId(network.owner, weekStart))).first();
        List<PlannedContact> items = recorded != null ? recorded.items() : propose(network, weekStart);
        network.lookUp(items.stream().map(PlannedContact::contactId).toList());
        Set<UUID> inPlan = items.stream().map(PlannedContact::contactId).collect(Collectors.toSet());
        int beyond = (int) network.due.stream()
                .filter(touch -> touch.status() == TouchStatus.OVERDUE || touch.status() == TouchStatus.DUE)
                .filter(touch -> !inPlan.contains(touch.contactId())).count();
        LocalDate weekEnd = weekStart.plusDays(6);
        List<FollowUp> promisesThisWeek = network.promises.values().stream().flatMap(List::stream)
                .filter(promise -> !promise.dueOn().isAfter(weekEnd))
                .sorted(Comparator.comparing(FollowUp::dueOn).thenComparing(FollowUp::contactName).thenComparing(FollowUp::followUpId))
                .toList();
        return new ThisWeek(network.today, weekStart, recorded != null ? recorded.budget() : network.budget,
                recorded != null, items.stream().map(item -> item(network, item)).toList(), beyond,
                network.waiting.replies(), promisesThisWeek, network.everyone);
    }

    /** What was left of the last recorded plan first, then the most urgent due, within the budget. */
    private List<PlannedContact> propose(Network network, LocalDate weekStart) {
        Map<UUID, PlannedContact> chosen = new LinkedHashMap<>();
        WeeklyPlanRow previous = plans.find(and(eq("owner", network.owner), lt("weekStart", weekStart)))
                .sort(Sorts.descending("weekStart")).first();
        if (previous != null) {
            network.lookUp(previous.items().stream().map(PlannedContact::contactId).toList());
            previous.items().stream()
                    .filter(item -> item.status().rollsOver())
                    .filter(item -> untouchedSince(network.keptInTouch(item.contactId()), previous.weekStart()))
                    .forEach(item -> chosen.putIfAbsent(item.contactId(),
                            new PlannedContact(item.contactId(), PlanSource.ROLLED_OVER, PlanItemStatus.OPEN)));
        }
        network.due.stream()
                .filter(touch -> touch.status() != TouchStatus.SNOOZED)
                .map(network::candidate)
                .sorted(Candidate.MOST_URGENT_FIRST)
                .forEach(candidate -> chosen.putIfAbsent(candidate.contactId(),
                        new PlannedContact(candidate.contactId(), PlanSource.PROPOSED, PlanItemStatus.OPEN)));
        return chosen.values().stream().limit(network.budget).toList();
    }

    /** Still kept in touch with (a rule, not archived) and no touch logged since that week began. */
    private static boolean untouchedSince(NextTouch touch, LocalDate weekStart) {
        return touch != null && (touch.lastTouchOn() == null || touch.lastTouchOn().isBefore(weekStart));
    }

    private PlanItem item(Network network, PlannedContact item) {
        NextTouch touch = network.keptInTouch(item.contactId());
        Optional<ContactProfile> profile = queries.query(new FetchContact(network.owner, item.contactId()),
                ResponseTypes.optionalInstanceOf(ContactProfile.class)).join();
        String name = profile.map(found -> found.contact().details().name()).orElse(touch == null ? "Someone no longer in your network" : touch.name());
        Reach reach = profile.map(found -> ReachLinks.of(found.contact(), found.facts(), network.homeRegion)).orElse(Reach.NOWHERE);
        String why = touch == null ? "" : network.candidate(touch).why();
        GiveAndAsk balance = network.balanceOf(item.contactId());
        List<Fact> facts = profile.map(ContactProfile::facts).orElse(List.of());
        List<ImportantDate> dates = network.dates.getOrDefault(item.contactId(), List.of());
        List<FollowUp> promises = network.promises.getOrDefault(item.contactId(), List.of());
        return new PlanItem(item.contactId(), name, item.source(), item.status(), touch == null ? null : touch.status(),
                touch == null ? null : touch.nextTouchOn(), why, reach, balance,
                profile.flatMap(found -> found.interactions().stream().findFirst()).orElse(null),
                facts.stream().limit(PlanItem.FACTS_SHOWN).toList(), dates, promises,
                network.waiting.from(item.contactId()).orElse(null),
                OfferSuggestion.of(facts, dates, promises, balance, network.today));
    }

    private static PlannedTouch planned(Candidate candidate) {
        return new PlannedTouch(candidate.contactId(), candidate.name(), candidate.nextTouchOn(), candidate.status());
    }

    private int budgetOf(String owner) {
        WeeklyBudgetRow row = budgets.find(eq("_id", owner)).first();
        return row == null ? WeeklyBudget.DEFAULT : row.peoplePerWeek();
    }

    private List<NextTouch> nextTouches(String owner) {
        return queries.query(new ListNextTouches(owner), ResponseTypes.instanceOf(DueTouches.class)).join().touches();
    }

    /** What one answer reads about the owner's network, read once. */
    private final class Network {

        final String owner;
        final LocalDate today;
        /** Where the owner lives, for showing phone numbers: national there, international elsewhere. */
        final String homeRegion;
        final int budget;
        final List<NextTouch> due;
        /** The next touch of each person looked up so far who is still kept in touch with (a rule, not archived). */
        private final Map<UUID, Optional<NextTouch>> keptInTouch = new HashMap<>();
        private List<NextTouch> everyoneKeptInTouch;
        final Map<UUID, List<FollowUp>> promises;
        final Map<UUID, List<ImportantDate>> dates;
        /** What the owner gave and asked of each person, and of everyone, in the twelve months up to today. */
        final Map<UUID, GiveAndAsk> balances = new HashMap<>();
        final GiveAndAsk everyone;
        final AwaitedReplies waiting;

        Network(String owner) {
            this.owner = owner;
            this.today = calendar.today(owner);
            this.homeRegion = PhoneNumber.regionOf(calendar.zoneOf(owner));
            this.budget = budgetOf(owner);
            this.due = queries.query(new ListDueTouches(owner), ResponseTypes.instanceOf(DueTouches.class)).join().touches();
            due.stream().filter(touch -> touch.nextTouchOn() != null)
                    .forEach(touch -> keptInTouch.put(touch.contactId(), Optional.of(touch)));
            this.promises = queries.query(new ListOpenFollowUps(owner, null), ResponseTypes.instanceOf(OpenFollowUps.class))
                    .join().followUps().stream()
                    .collect(Collectors.groupingBy(FollowUp::contactId, LinkedHashMap::new, Collectors.toList()));
            this.dates = queries.query(new ListUpcomingDates(owner, today, DATES_AHEAD), ResponseTypes.instanceOf(ImportantDates.class))
                    .join().dates().stream()
                    .collect(Collectors.groupingBy(ImportantDate::contactId, LinkedHashMap::new, Collectors.toList()));
            GiveAndAskCounts counts = queries.query(new CountGiveAndAsk(owner, GiveAndAsk.firstMonth(today), YearMonth.from(today)),
                    ResponseTypes.instanceOf(GiveAndAskCounts.class)).join();
            LocalDate since = GiveAndAsk.since(today);
            counts.people().forEach((contactId, tally) -> balances.put(contactId, GiveAndAsk.of(since, today, tally)));
            this.everyone = GiveAndAsk.of(since, today, counts.months().values().stream().reduce(Tally.NONE, Tally::plus));
            this.waiting = queries.query(new ListAwaitedReplies(owner), ResponseTypes.instanceOf(AwaitedReplies.class)).join();
        }

        /** Reads the next touches of these people in one query, unless known already: a plan needs a few, not everyone's. */
        void lookUp(List<UUID> contactIds) {
            List<UUID> unknown = contactIds.stream().filter(contactId -> !keptInTouch.containsKey(contactId)).distinct().toList();
            if (unknown.isEmpty()) {
                return;
            }
            unknown.forEach(contactId -> keptInTouch.put(contactId, Optional.empty()));
            for (int from = 0; from < unknown.size(); from += ListNextTouchesOf.MAX_CONTACTS) {
                List<UUID> some = unknown.subList(from, Math.min(unknown.size(), from + ListNextTouchesOf.MAX_CONTACTS));
                queries.query(new ListNextTouchesOf(owner, some), ResponseTypes.instanceOf(DueTouches.class)).join().touches()
                        .forEach(touch -> keptInTouch.put(touch.contactId(), Optional.of(touch)));
            }
        }

        /** The next touch of someone looked up, or null when they have no rule or are archived. */
        NextTouch keptInTouch(UUID contactId) {
            lookUp(List.of(contactId));
            return keptInTouch.get(contactId).orElse(null);
        }

        List<NextTouch> everyoneKeptInTouch() {
            if (everyoneKeptInTouch == null) {
                everyoneKeptInTouch = nextTouches(owner);
                everyoneKeptInTouch.forEach(touch -> keptInTouch.put(touch.contactId(), Optional.of(touch)));
            }
            return everyoneKeptInTouch;
        }

        GiveAndAsk balanceOf(UUID contactId) {
            return balances.getOrDefault(contactId, GiveAndAsk.none(GiveAndAsk.since(today), today));
        }

        Candidate candidate(NextTouch touch) {
            boolean latePromise = promises.getOrDefault(touch.contactId(), List.of()).stream()
                    .anyMatch(promise -> promise.dueOn().isBefore(today));
            String dateSoon = dates.getOrDefault(touch.contactId(), List.of()).stream().findFirst()
                    .map(date -> date.label().toLowerCase(Locale.ROOT) + " on " + date.nextOccurrence().format(DAY))
                    .orElse(null);
            return PlanPriority.of(touch, today, latePromise, dateSoon, balanceOf(touch.contactId()));
        }
    }
}
