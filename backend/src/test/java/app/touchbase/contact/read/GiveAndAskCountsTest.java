package app.touchbase.contact.read;

import app.touchbase.contact.api.ContactDetails;
import app.touchbase.contact.api.CountGiveAndAsk;
import app.touchbase.contact.api.EraseContact;
import app.touchbase.contact.api.GiveAndAskCounts;
import app.touchbase.contact.api.GiveAndAskCounts.Tally;
import app.touchbase.contact.api.ListLoggedTouches;
import app.touchbase.contact.api.LoggedTouches;
import app.touchbase.duplicates.api.MergeContacts;
import app.touchbase.duplicates.api.UndoMerge;
import app.touchbase.interaction.api.CorrectInteraction;
import app.touchbase.interaction.api.Direction;
import app.touchbase.interaction.api.InteractionType;
import app.touchbase.interaction.api.LogInteraction;
import app.touchbase.interaction.api.RemoveInteraction;
import app.touchbase.shared.api.InvalidInputException;
import app.touchbase.support.IntegrationTest;
import app.touchbase.support.MutableClock;
import app.touchbase.support.TestClockConfiguration;
import app.touchbase.support.Touchbase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The kept tallies of what the owner gave and asked, through the real parts: after random touches logged, corrected
 * into other months and directions, removed, contacts merged and unmerged and one erased, they count exactly what the
 * touches themselves say, month by month and person by person.
 */
@IntegrationTest
class GiveAndAskCountsTest {

    @Autowired
    Touchbase touchbase;
    @Autowired
    MutableClock clock;

    String owner;
    LocalDate today;

    @BeforeEach
    void setUp() {
        clock.set(TestClockConfiguration.START);
        owner = touchbase.registerAccount("balance", "Balanced");
        today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void countAsTheTouchesDoAfterEveryKindOfChange(long seed) {
        Random random = new Random(seed);
        List<UUID> people = new ArrayList<>();
        for (int person = 0; person < 4; person++) {
            people.add(touchbase.addContact(owner, "Person " + seed + "-" + person));
        }
        Map<UUID, Logged> touches = new HashMap<>();
        for (int step = 0; step < 60; step++) {
            int choice = random.nextInt(10);
            if (choice < 6 || touches.isEmpty()) {
                Logged logged = new Logged(people.get(random.nextInt(people.size())), someDay(random), direction(random));
                UUID touch = UUID.randomUUID();
                touchbase.send(new LogInteraction(logged.contactId(), owner, touch, InteractionType.EMAIL, logged.on(),
                        logged.direction(), null));
                touches.put(touch, logged);
            } else {
                UUID touch = new ArrayList<>(touches.keySet()).get(random.nextInt(touches.size()));
                UUID contact = touches.get(touch).contactId();
                if (choice < 9) {
                    Logged corrected = new Logged(contact, someDay(random), direction(random));
                    touchbase.send(new CorrectInteraction(contact, owner, touch, InteractionType.CALL, corrected.on(),
                            corrected.direction(), null));
                    touches.put(touch, corrected);
                } else {
                    touchbase.send(new RemoveInteraction(contact, owner, touch));
                    touches.remove(touch);
                }
            }
        }
        awaitCounts(touches, Map.of());

        // the kept contact holds copies of the merged one's touches, which count as its own
        touchbase.send(new MergeContacts(owner, people.get(0), people.get(1), ContactDetails.named("Person kept")));
        awaitCounts(touches, Map.of(people.get(1), people.get(0)));

        touchbase.send(new UndoMerge(owner, people.get(1)));
        touchbase.send(new EraseContact(people.get(2), owner, "Person " + seed + "-2"));
        touches.values().removeIf(logged -> logged.contactId().equals(people.get(2)));
        awaitCounts(touches, Map.of());
    }

    @Test
    void countOnlyTheMonthsAskedFor() {
        UUID ada = touchbase.addContact(owner, "Ada");
        touchbase.send(new LogInteraction(ada, owner, UUID.randomUUID(), InteractionType.EMAIL, today, Direction.GAVE, null));
        touchbase.send(new LogInteraction(ada, owner, UUID.randomUUID(), InteractionType.EMAIL, today.minusMonths(1), Direction.ASKED, null));
        touchbase.send(new LogInteraction(ada, owner, UUID.randomUUID(), InteractionType.EMAIL, today.minusMonths(1), null, null));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            YearMonth lastMonth = YearMonth.from(today).minusMonths(1);
            GiveAndAskCounts counts = counts(lastMonth, lastMonth);
            assertThat(counts.of(ada)).isEqualTo(new Tally(0, 1, 1));
            assertThat(counts.months()).containsOnlyKeys(lastMonth);
            assertThat(counts(YearMonth.from(today), YearMonth.from(today)).of(ada)).isEqualTo(new Tally(1, 0, 0));
        });
    }

    @Test
    void aCorrectionWithinTheMonthMovesTheTouchToItsNewDirectionOrLeavesItWhereItIs() {
        UUID ada = touchbase.addContact(owner, "Ada");
        UUID touch = UUID.randomUUID();
        YearMonth now = YearMonth.from(today);
        touchbase.send(new LogInteraction(ada, owner, touch, InteractionType.EMAIL, today, Direction.GAVE, null));
        await().atMost(Duration.ofSeconds(30)).until(() -> counts(now, now).of(ada).equals(new Tally(1, 0, 0)));

        touchbase.send(new CorrectInteraction(ada, owner, touch, InteractionType.EMAIL, now.atDay(1), Direction.ASKED, null));
        await().atMost(Duration.ofSeconds(30)).until(() -> counts(now, now).of(ada).equals(new Tally(0, 1, 0)));

        touchbase.send(new CorrectInteraction(ada, owner, touch, InteractionType.CALL, now.atDay(1), Direction.ASKED, "Called instead"));
        UUID marker = UUID.randomUUID();
        touchbase.send(new LogInteraction(ada, owner, marker, InteractionType.EMAIL, today, null, null));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(counts(now, now).of(ada)).isEqualTo(new Tally(0, 1, 1)));
    }

    @Test
    void refuseMonthsOutOfOrderOrTooManyAtOnce() {
        YearMonth now = YearMonth.from(today);
        assertThatThrownBy(() -> counts(now, now.minusMonths(1)))
                .rootCause().isInstanceOf(InvalidInputException.class).hasMessageContaining("must not be after the last month");
        assertThatThrownBy(() -> counts(now.minusMonths(CountGiveAndAsk.MAX_MONTHS), now))
                .rootCause().isInstanceOf(InvalidInputException.class).hasMessageContaining("at most " + CountGiveAndAsk.MAX_MONTHS + " months");
        assertThatThrownBy(() -> counts(null, now))
                .rootCause().isInstanceOf(InvalidInputException.class).hasMessageContaining("The first month");
        assertThat(counts(now.minusMonths(CountGiveAndAsk.MAX_MONTHS - 1L), now).people()).isEmpty();
    }

    /** Within the last fourteen months, so some touches fall before the twelve months the plan counts. */
    private LocalDate someDay(Random random) {
        return today.minusDays(random.nextInt(430));
    }

    private static Direction direction(Random random) {
        int pick = random.nextInt(4);
        return pick == 3 ? null : Direction.values()[pick];
    }

    private YearMonth firstMonth() {
        return YearMonth.from(today).minusMonths(14);
    }

    /**
     * Until the counts are what the touches logged say, with each touch of a contact merged away counted for the one it
     * was merged into, and the same as counting the touches the read model holds one by one.
     */
    private void awaitCounts(Map<UUID, Logged> touches, Map<UUID, UUID> mergedInto) {
        YearMonth from = firstMonth();
        YearMonth to = YearMonth.from(today);
        Map<UUID, Tally> people = new HashMap<>();
        Map<YearMonth, Tally> months = new HashMap<>();
        touches.values().forEach(logged -> {
            people.merge(mergedInto.getOrDefault(logged.contactId(), logged.contactId()), Tally.NONE.plus(logged.direction()), Tally::plus);
            months.merge(YearMonth.from(logged.on()), Tally.NONE.plus(logged.direction()), Tally::plus);
        });
        GiveAndAskCounts expected = new GiveAndAskCounts(people, months);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(counts(from, to)).isEqualTo(expected);
            assertThat(recounted(from.atDay(1), today)).isEqualTo(expected);
        });
    }

    private GiveAndAskCounts counts(YearMonth from, YearMonth to) {
        return touchbase.query(new CountGiveAndAsk(owner, from, to), GiveAndAskCounts.class);
    }

    private record Logged(UUID contactId, LocalDate on, Direction direction) {
    }

    /** The same counts from the touches the read model holds, read one by one. */
    private GiveAndAskCounts recounted(LocalDate from, LocalDate to) {
        Map<UUID, Tally> people = new HashMap<>();
        Map<YearMonth, Tally> months = new HashMap<>();
        for (LoggedTouches.Touch touch : touchbase.query(new ListLoggedTouches(owner, from, to), LoggedTouches.class).touches()) {
            people.merge(touch.contactId(), Tally.NONE.plus(touch.direction()), Tally::plus);
            months.merge(YearMonth.from(touch.occurredOn()), Tally.NONE.plus(touch.direction()), Tally::plus);
        }
        return new GiveAndAskCounts(people, months);
    }
}
