package app.touchbase.plan;

import app.touchbase.contact.api.AwaitedReplies;
import app.touchbase.contact.api.Fact;
import app.touchbase.contact.api.ListAwaitedReplies;
import app.touchbase.contact.api.ListLoggedTouches;
import app.touchbase.contact.api.LoggedTouches;
import app.touchbase.contact.api.RecordFact;
import app.touchbase.followup.api.AddFollowUp;
import app.touchbase.followup.api.FollowUp;
import app.touchbase.importantdate.api.AddImportantDate;
import app.touchbase.importantdate.api.ImportantDate;
import app.touchbase.interaction.api.Direction;
import app.touchbase.interaction.api.InteractionType;
import app.touchbase.interaction.api.LogInteraction;
import app.touchbase.interaction.api.MarkReplied;
import app.touchbase.interaction.api.Reply;
import app.touchbase.plan.api.Capacity;
import app.touchbase.plan.api.CheckCapacity;
import app.touchbase.plan.api.ComingWeeks;
import app.touchbase.plan.api.FetchThisWeek;
import app.touchbase.plan.api.FetchWeeklyBudget;
import app.touchbase.plan.api.MarkPlanItemDone;
import app.touchbase.plan.api.MovePlanItemToNextWeek;
import app.touchbase.plan.api.OpenWeeklyPlan;
import app.touchbase.plan.api.PlanComingWeeks;
import app.touchbase.plan.api.GiveAndAsk;
import app.touchbase.plan.api.PlanItem;
import app.touchbase.plan.api.PlanItemStatus;
import app.touchbase.plan.api.PlanSource;
import app.touchbase.plan.api.PlannedTouch;
import app.touchbase.plan.api.PullIntoWeeklyPlan;
import app.touchbase.plan.api.SetWeeklyBudget;
import app.touchbase.plan.api.SkipPlanItem;
import app.touchbase.plan.api.ThisWeek;
import app.touchbase.plan.api.WeeklyBudget;
import app.touchbase.shared.api.InvalidInputException;
import app.touchbase.support.IntegrationTest;
import app.touchbase.support.MutableClock;
import app.touchbase.support.TestClockConfiguration;
import app.touchbase.support.Touchbase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** The weekly plan through the real parts, week after week on a movable clock (weeks start on Monday here). */
@IntegrationTest
class WeeklyPlanTest {

    @Autowired
    Touchbase touchbase;
    @Autowired
    MutableClock clock;

    String owner;
    LocalDate today;
    List<UUID> people = new ArrayList<>();

    @BeforeEach
    void setUp() {
        clock.set(TestClockConfiguration.START);
        owner = touchbase.registerAccount("plan", "Planner");
        today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /** Monthly people last touched 50, 49, 48 … days ago: the first is the most overdue. */
    void overduePeople(String... names) {
        for (int i = 0; i < names.length; i++) {
            UUID person = touchbase.addContact(owner, names[i]);
            touchbase.setCadence(owner, person, Period.ofMonths(1));
            touchbase.logInteraction(owner, person, InteractionType.CALL, today.minusDays(50 - i));
            people.add(person);
        }
        await().untilAsserted(() -> assertThat(touchbase.due(owner).touches()).hasSize(names.length));
    }

    ThisWeek thisWeek() {
        return touchbase.query(new FetchThisWeek(owner), ThisWeek.class);
    }

    ThisWeek openThisWeek() {
        ThisWeek proposal = thisWeek();
        touchbase.send(proposal.toOpen(owner));
        await().until(() -> thisWeek().recorded());
        return thisWeek();
    }

    static List<String> names(ThisWeek week) {
        return week.items().stream().map(PlanItem::name).toList();
    }

    PlanItem item(String name) {
        return thisWeek().items().stream().filter(item -> item.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void theBudgetChoosesTheMostOverdueAndWhatIsLeftRollsIntoTheNextWeeksFirst() {
        touchbase.send(new SetWeeklyBudget(owner, 2));
        overduePeople("Ada", "Bob", "Cy", "Di", "Ed");
        await().until(() -> touchbase.query(new FetchWeeklyBudget(owner), WeeklyBudget.class).peoplePerWeek() == 2);

        ThisWeek proposal = thisWeek();
        assertThat(proposal.recorded()).isFalse();
        assertThat(proposal.weekStart()).isEqualTo(LocalDate.parse("2026-11-16"));
        assertThat(names(proposal)).containsExactly("Ada", "Bob");
        assertThat(proposal.dueBeyondPlan()).isEqualTo(3);

        ThisWeek first = openThisWeek();
        assertThat(names(first)).containsExactly("Ada", "Bob");
        touchbase.send(proposal.toOpen(owner));
        assertThat(names(thisWeek())).as("opening twice changes nothing").containsExactly("Ada", "Bob");

        touchbase.logInteraction(owner, people.get(0), InteractionType.EMAIL, today);
        touchbase.send(new MovePlanItemToNextWeek(owner, first.weekStart(), people.get(1)));
        touchbase.send(new PullIntoWeeklyPlan(owner, first.weekStart(), people.get(2)));
        touchbase.send(new SkipPlanItem(owner, first.weekStart(), people.get(2)));
        await().untilAsserted(() -> {
            assertThat(item("Ada").status()).as("a logged touch ticks the plan").isEqualTo(PlanItemStatus.DONE);
            assertThat(item("Bob").status()).isEqualTo(PlanItemStatus.MOVED);
            assertThat(item("Cy").status()).isEqualTo(PlanItemStatus.SKIPPED);
            assertThat(item("Cy").source()).isEqualTo(PlanSource.PULLED_IN);
        });

        clock.advance(Duration.ofDays(7));
        ThisWeek second = thisWeek();
        assertThat(second.weekStart()).isEqualTo(LocalDate.parse("2026-11-23"));
        assertThat(second.recorded()).isFalse();
        assertThat(second.items()).extracting(PlanItem::name, PlanItem::source)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Bob", PlanSource.ROLLED_OVER),
                        org.assertj.core.groups.Tuple.tuple("Cy", PlanSource.PROPOSED));
        openThisWeek();

        clock.advance(Duration.ofDays(7));
        ThisWeek third = thisWeek();
        assertThat(third.items()).extracting(PlanItem::name).containsExactly("Bob", "Cy");
        assertThat(third.items()).extracting(PlanItem::source).containsOnly(PlanSource.ROLLED_OVER);
        openThisWeek();
        touchbase.send(new MarkPlanItemDone(owner, third.weekStart(), people.get(1), false));
        await().untilAsserted(() -> assertThat(item("Bob").status()).isEqualTo(PlanItemStatus.DONE));

        ComingWeeks coming = touchbase.query(new PlanComingWeeks(owner, 4), ComingWeeks.class);
        assertThat(coming.weeks()).hasSize(4);
        assertThat(coming.weeks().get(0).people()).extracting(PlannedTouch::name).containsExactly("Bob", "Cy");
        assertThat(coming.weeks().get(1).people()).extracting(PlannedTouch::name).containsExactly("Di", "Ed");
        assertThat(coming.later()).isEmpty();
    }

    @Test
    void theCapacityCheckWeighsEveryonesRulesAgainstTheBudget() {
        overduePeople("Ada", "Bob");
        Capacity capacity = touchbase.query(new CheckCapacity(owner), Capacity.class);
        assertThat(capacity.fits()).isTrue();
        assertThat(capacity.message()).isEqualTo("Your rules for 2 people (most of them every month) ask for less than one touch a week; "
                + "your budget of 3 a week covers that.");
        assertThat(touchbase.query(new CheckCapacity(owner, 1), Capacity.class).message()).as("what if the budget were 1")
                .endsWith("your budget of 1 a week covers that.");
        assertThatThrownBy(() -> touchbase.query(new CheckCapacity(owner, 21), Capacity.class))
                .hasMessageContaining("The weekly budget is 1 to 20 people a week; 21 is outside that.");
    }

    @Test
    void aBudgetOutsideOneToTwentyIsRefusedWithWhatToDo() {
        assertThatThrownBy(() -> touchbase.send(new SetWeeklyBudget(owner, 0)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("The weekly budget is 1 to 20 people a week; 0 is outside that.");
        assertThatThrownBy(() -> touchbase.send(new OpenWeeklyPlan(owner, today, 1,
                List.of(new app.touchbase.plan.api.PlanEntry(UUID.randomUUID(), PlanSource.PROPOSED),
                        new app.touchbase.plan.api.PlanEntry(UUID.randomUUID(), PlanSource.PROPOSED)))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("at most its budget of 1");
    }

    @Test
    void eachPersonComesWithTheLastTouchWhatToMentionTheirDatesPromisesAndSomethingToOffer() {
        overduePeople("Ada", "Bob");
        UUID ada = people.get(0);
        UUID bob = people.get(1);
        touchbase.send(new RecordFact(ada, owner, UUID.randomUUID(), "Kids", "Two daughters, Mia and Lou", null));
        clock.set(TestClockConfiguration.START.plusSeconds(60));
        touchbase.send(new RecordFact(ada, owner, UUID.randomUUID(), "Trip", "Walking the Camino in May", null));
        touchbase.send(new AddImportantDate(ada, owner, UUID.randomUUID(), "Birthday", MonthDay.of(11, 30), null, 7));
        touchbase.send(new AddFollowUp(ada, owner, UUID.randomUUID(), "Send the rust book", today.minusDays(2)));
        touchbase.send(new RecordFact(bob, owner, UUID.randomUUID(), null, "Started at Acme as head of data", null));

        await().untilAsserted(() -> {
            PlanItem first = item("Ada");
            assertThat(first.lastTouch().type()).isEqualTo(InteractionType.CALL);
            assertThat(first.lastTouch().occurredOn()).isEqualTo(today.minusDays(50));
            assertThat(first.facts()).extracting(Fact::text).containsExactly("Walking the Camino in May", "Two daughters, Mia and Lou");
            assertThat(first.datesSoon()).extracting(ImportantDate::label).containsExactly("Birthday");
            assertThat(first.promises()).extracting(FollowUp::text).containsExactly("Send the rust book");
            assertThat(first.offer()).isEqualTo("Keep your promise (it is late): “Send the rust book”");
            assertThat(first.why()).contains("a promise is late", "birthday on 30 Nov");
            assertThat(item("Bob").offer()).isEqualTo("Congratulate them: “Started at Acme as head of data”");
        });
        assertThat(thisWeek().promises()).as("the week keeps open promises in sight").extracting(FollowUp::text)
                .containsExactly("Send the rust book");
    }

    @Test
    void aTouchAwaitingTheirReplyStaysInSightUntilTheyAnswer() {
        overduePeople("Ada", "Bob");
        UUID ada = people.get(0);
        UUID asked = UUID.randomUUID();
        touchbase.send(new LogInteraction(ada, owner, asked, InteractionType.EMAIL, today, Direction.ASKED,
                "Asked about the job opening", Reply.AWAIT));
        await().untilAsserted(() -> assertThat(thisWeek().waiting()).singleElement().satisfies(reply -> {
            assertThat(reply.contactName()).isEqualTo("Ada");
            assertThat(reply.interactionId()).isEqualTo(asked);
            assertThat(reply.since()).isEqualTo(today);
            assertThat(reply.notes()).isEqualTo("Asked about the job opening");
        }));
        assertThat(touchbase.contact(owner, ada).orElseThrow().interactions().get(0).awaitingReply()).isTrue();
        assertThat(touchbase.query(new ListAwaitedReplies("someone-else"), AwaitedReplies.class).replies())
                .as("another owner sees none of it").isEmpty();
        assertThatThrownBy(() -> touchbase.send(new MarkReplied(ada, "someone-else"))).as("nor can answer it")
                .isInstanceOf(RuntimeException.class);

        touchbase.send(new LogInteraction(ada, owner, UUID.randomUUID(), InteractionType.EMAIL, today, Direction.NEUTRAL,
                "She wrote back", Reply.RECEIVED));
        await().untilAsserted(() -> assertThat(thisWeek().waiting()).isEmpty());

        touchbase.send(new LogInteraction(people.get(1), owner, UUID.randomUUID(), InteractionType.MESSAGE, today,
                Direction.GAVE, null, Reply.AWAIT));
        await().until(() -> thisWeek().waiting().size() == 1);
        touchbase.send(new MarkReplied(people.get(1), owner));
        await().untilAsserted(() -> assertThat(thisWeek().waiting()).isEmpty());
        assertThatThrownBy(() -> touchbase.send(new MarkReplied(people.get(1), owner)))
                .hasMessage("You are not waiting for a reply from Bob.");
    }

    @Test
    void amongEqualsThePlanPrefersSomeoneTheOwnerOwesAFavour() {
        touchbase.send(new SetWeeklyBudget(owner, 1));
        overduePeople("Ada", "Bob");
        touchbase.send(new LogInteraction(people.get(1), owner, UUID.randomUUID(), InteractionType.CALL, today.minusDays(200),
                Direction.ASKED, "Asked for an introduction", Reply.NONE));
        await().until(() -> touchbase.query(new FetchWeeklyBudget(owner), WeeklyBudget.class).peoplePerWeek() == 1);
        await().untilAsserted(() -> {
            ThisWeek week = thisWeek();
            assertThat(names(week)).containsExactly("Bob");
            assertThat(week.items().get(0).why()).contains("you owe them a favour");
            assertThat(week.items().get(0).balance().asked()).isEqualTo(1);
            assertThat(week.balance().asked()).isEqualTo(1);
            assertThat(week.balance().neutral()).isEqualTo(2);
        });
        LoggedTouches others = touchbase.query(new ListLoggedTouches("someone-else", today.minusYears(1), today), LoggedTouches.class);
        assertThat(others.touches()).as("another owner's touches are not counted").isEmpty();
    }

    @Test
    void theTwelveMonthsOfGiveAndAskAreThisMonthAndTheElevenBefore() {
        overduePeople("Ada");
        LocalDate firstDay = YearMonth.from(today).minusMonths(11).atDay(1);
        touchbase.send(new LogInteraction(people.get(0), owner, UUID.randomUUID(), InteractionType.CALL, firstDay.minusDays(1),
                Direction.ASKED, "Asked the day before the twelve months", Reply.NONE));
        touchbase.send(new LogInteraction(people.get(0), owner, UUID.randomUUID(), InteractionType.CALL, firstDay,
                Direction.GAVE, "Gave on their first day", Reply.NONE));
        await().untilAsserted(() -> {
            GiveAndAsk balance = item("Ada").balance();
            assertThat(balance.since()).isEqualTo(firstDay);
            assertThat(balance.until()).isEqualTo(today);
            assertThat(balance.gave()).isEqualTo(1);
            assertThat(balance.asked()).isZero();
            assertThat(balance.neutral()).isEqualTo(1);
        });
    }
}
