package app.touchbase.insights;

import app.touchbase.cadence.api.CircleColour;
import app.touchbase.cadence.api.KeepInTouchRule;
import app.touchbase.circle.api.AddToCircle;
import app.touchbase.circle.api.CircleDetails;
import app.touchbase.circle.api.CircleSummary;
import app.touchbase.circle.api.CreateCircle;
import app.touchbase.circle.api.ListCircles;
import app.touchbase.circle.api.SetCircleRule;
import app.touchbase.contact.api.ListLoggedTouches;
import app.touchbase.contact.api.LoggedTouches;
import app.touchbase.insights.api.CircleStanding;
import app.touchbase.insights.api.FetchInsights;
import app.touchbase.insights.api.Insights;
import app.touchbase.insights.api.TouchWeek;
import app.touchbase.insights.api.Untouched;
import app.touchbase.interaction.api.Direction;
import app.touchbase.interaction.api.InteractionType;
import app.touchbase.interaction.api.LogInteraction;
import app.touchbase.interaction.api.RemoveInteraction;
import app.touchbase.plan.api.GiveAndAsk;
import app.touchbase.shared.api.InvalidInputException;
import app.touchbase.support.IntegrationTest;
import app.touchbase.support.MutableClock;
import app.touchbase.support.TestClockConfiguration;
import app.touchbase.support.Touchbase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/** The insights through the real parts on a fixed day: Sunday 22 November 2026, weeks starting on Monday. */
@IntegrationTest
class InsightsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @Autowired
    Touchbase touchbase;
    @Autowired
    MutableClock clock;

    String owner;

    @BeforeEach
    void setUp() {
        clock.set(TestClockConfiguration.START);
        owner = touchbase.registerAccount("insights", "Insightful");
    }

    UUID touch(String owner, UUID contactId, InteractionType type, LocalDate on, Direction direction) {
        UUID id = UUID.randomUUID();
        touchbase.send(new LogInteraction(contactId, owner, id, type, on, direction, "notes stay on the contact's page"));
        return id;
    }

    Insights insights() {
        return touchbase.query(new FetchInsights(owner), Insights.class);
    }

    @Test
    void countsTouchesPerWeekByTypeGiveAndAskPerMonthCirclesAndTheLongestUntouched() {
        UUID ada = touchbase.addContact(owner, "Ada");
        UUID bob = touchbase.addContact(owner, "Bob");
        UUID cy = touchbase.addContact(owner, "Cy");
        touch(owner, ada, InteractionType.EMAIL, TODAY.minusDays(100), Direction.GAVE);
        touch(owner, bob, InteractionType.CALL, TODAY, Direction.ASKED);
        touch(owner, bob, InteractionType.MESSAGE, TODAY.minusDays(1), Direction.GAVE);
        touch(owner, bob, InteractionType.CALL, TODAY.minusDays(400), Direction.GAVE);
        UUID removed = touch(owner, bob, InteractionType.MEETING, TODAY.minusDays(2), Direction.ASKED);
        touchbase.send(new RemoveInteraction(bob, owner, removed));
        String mallory = Touchbase.newOwner();
        touch(mallory, touchbase.addContact(mallory, "Someone else's"), InteractionType.CALL, TODAY, Direction.ASKED);
        UUID friends = UUID.randomUUID();
        touchbase.send(new CreateCircle(friends, owner, new CircleDetails("Friends", null, CircleColour.GREEN)));
        touchbase.send(new SetCircleRule(friends, owner, new KeepInTouchRule("monthly", "Any touch", Period.ofMonths(1), Set.of())));
        touchbase.send(new AddToCircle(friends, owner, List.of(ada, bob, cy)));
        await().untilAsserted(() -> {
            assertThat(touchbase.queryList(new ListCircles(owner, false), CircleSummary.class))
                    .singleElement().satisfies(circle -> assertThat(circle.settled()).isEqualTo(3));
            assertThat(insights().touchesInMonths()).isEqualTo(3);
        });

        Insights insights = insights();

        assertThat(insights.today()).isEqualTo(TODAY);
        assertThat(insights.weeks()).hasSize(52);
        assertThat(insights.weeks().get(0).weekStart()).isEqualTo(LocalDate.of(2025, 11, 24));
        TouchWeek thisWeek = insights.weeks().get(51);
        assertThat(thisWeek.weekStart()).isEqualTo(LocalDate.of(2026, 11, 16));
        assertThat(thisWeek.byType()).isEqualTo(Map.of(InteractionType.CALL, 1, InteractionType.MESSAGE, 1));
        assertThat(insights.weeks()).filteredOn(week -> week.weekStart().equals(LocalDate.of(2026, 8, 10)))
                .singleElement().satisfies(week -> assertThat(week.byType()).isEqualTo(Map.of(InteractionType.EMAIL, 1)));
        assertThat(insights.touchesInWeeks()).isEqualTo(3);

        assertThat(insights.months()).hasSize(12);
        assertThat(insights.months().get(0)).isEqualTo(GiveAndAsk.none(LocalDate.of(2025, 12, 1), LocalDate.of(2025, 12, 31)));
        assertThat(insights.months().get(11)).isEqualTo(new GiveAndAsk(LocalDate.of(2026, 11, 1), TODAY, 1, 1, 0));
        assertThat(insights.months().get(8)).isEqualTo(new GiveAndAsk(LocalDate.of(2026, 8, 1), LocalDate.of(2026, 8, 31), 1, 0, 0));

        assertThat(insights.circles()).singleElement().satisfies(circle -> {
            assertThat(circle.name()).isEqualTo("Friends");
            assertThat(circle.colour()).isEqualTo(CircleColour.GREEN);
            assertThat(circle.overdue()).as("Ada, 100 days after her last touch on a monthly rule").isEqualTo(1);
            assertThat(circle.total()).isEqualTo(3);
        });

        assertThat(insights.longestUntouched()).extracting(Untouched::name, Untouched::daysSince)
                .containsExactly(tuple("Ada", 100), tuple("Bob", 0));
        assertThat(insights.neverTouched()).extracting(Untouched::name).containsExactly("Cy");
        assertThat(insights.neverTouched().get(0).neverTouched()).isTrue();
        assertThat(insights.neverTouchedCount()).isEqualTo(1);

        Insights mallorys = touchbase.query(new FetchInsights(mallory), Insights.class);
        assertThat(mallorys.touchesInWeeks()).as("only her own touch").isEqualTo(1);
        assertThat(mallorys.circles()).isEmpty();
        assertThat(mallorys.longestUntouched()).extracting(Untouched::name).containsExactly("Someone else's");
    }

    @Test
    void aNewNetworkHasEmptyWeeksAndMonthsAndNoOneToList() {
        Insights insights = insights();

        assertThat(insights.weeks()).hasSize(52).allSatisfy(week -> assertThat(week.total()).isZero());
        assertThat(insights.months()).hasSize(12).allSatisfy(month -> assertThat(month.total()).isZero());
        assertThat(insights.circles()).isEmpty();
        assertThat(insights.longestUntouched()).isEmpty();
        assertThat(insights.neverTouchedCount()).isZero();
    }

    @Test
    void fewerWeeksStartFromTheCurrentWeekBackwards() {
        Insights insights = touchbase.query(new FetchInsights(owner, 4), Insights.class);

        assertThat(insights.weeks()).extracting(TouchWeek::weekStart).containsExactly(LocalDate.of(2026, 10, 26),
                LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 9), LocalDate.of(2026, 11, 16));
    }

    @Test
    void badQuestionsSayWhatToFix() {
        assertThatThrownBy(() -> touchbase.query(new FetchInsights(owner, 0), Insights.class))
                .rootCause().isInstanceOf(InvalidInputException.class).hasMessageContaining("1 to 52 weeks");
        assertThatThrownBy(() -> touchbase.query(new FetchInsights(" "), Insights.class))
                .rootCause().isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> touchbase.query(new ListLoggedTouches(owner, TODAY, TODAY.minusDays(1)), LoggedTouches.class))
                .rootCause().isInstanceOf(InvalidInputException.class).hasMessageContaining("must not be after");
    }
}
