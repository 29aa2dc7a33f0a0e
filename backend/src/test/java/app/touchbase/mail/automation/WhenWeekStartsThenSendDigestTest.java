package app.touchbase.mail.automation;

import app.touchbase.account.api.AccountRegistered;
import app.touchbase.plan.api.FetchThisWeek;
import app.touchbase.plan.api.OpenWeeklyPlan;
import app.touchbase.plan.api.PlanEntry;
import app.touchbase.plan.api.PlanItem;
import app.touchbase.plan.api.PlanItemStatus;
import app.touchbase.plan.api.PlanSource;
import app.touchbase.plan.api.ThisWeek;
import app.touchbase.reminder.api.DigestQueued;
import app.touchbase.reminder.api.QueueDigest;
import app.touchbase.reminder.api.ReminderPreferencesChanged;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class WhenWeekStartsThenSendDigestTest {

    static final String ACCOUNT = "ada";
    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    /** Wednesday 4 March 2026, 18:00 in Tokyo. */
    static final Instant START = Instant.parse("2026-03-04T09:00:00Z");

    SagaTestFixture<WhenWeekStartsThenSendDigest> fixture;
    final QueryGateway queries = mock(QueryGateway.class);
    final LocalDate weekOfDigest = LocalDate.of(2026, 3, 9);

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(WhenWeekStartsThenSendDigest.class);
        fixture.registerResource(new WhenTouchFallsDueThenRemindTest.FixtureClock(fixture));
        fixture.registerResource(queries);
        fixture.givenCurrentTime(START);
        proposing(List.of());
    }

    /** What this week's plan would hold if it were recorded now. */
    void proposing(List<PlanItem> items) {
        when(queries.query(any(FetchThisWeek.class), any(ResponseType.class))).thenReturn(CompletableFuture.completedFuture(
                new ThisWeek(weekOfDigest, weekOfDigest, 3, false, items, 0, List.of(), List.of(), null)));
    }

    static Instant tokyo(LocalDate day, int hour) {
        return day.atTime(hour, 0).atZone(TOKYO).toInstant();
    }

    @Test
    void aNewAccountGetsItsDigestNextMondayAtNineInItsZone() {
        fixture.givenNoPriorActivity()
                .whenPublishingA(new AccountRegistered(ACCOUNT, "Ada", "hash", TOKYO, START))
                .expectScheduledDeadlineWithName(tokyo(LocalDate.of(2026, 3, 9), 9), WhenWeekStartsThenSendDigest.DEADLINE);
    }

    @Test
    void theDigestIsQueuedForItsWeekAndTheNextOneIsPlanned() {
        fixture.givenAggregate(ACCOUNT).published(new AccountRegistered(ACCOUNT, "Ada", "hash", TOKYO, START))
                .whenTimeAdvancesTo(tokyo(LocalDate.of(2026, 3, 9), 9))
                .expectDispatchedCommands(new QueueDigest(ACCOUNT, LocalDate.of(2026, 3, 9)))
                .expectScheduledDeadlineWithName(tokyo(LocalDate.of(2026, 3, 16), 9), WhenWeekStartsThenSendDigest.DEADLINE);
    }

    @Test
    void theWeeksPlanIsRecordedWithTheDigestSoTheDigestCanLeadWithIt() {
        UUID grace = UUID.randomUUID();
        proposing(List.of(PlanItem.pulledIn(grace, "Grace").withStatus(PlanItemStatus.values()[0])));
        fixture.givenAggregate(ACCOUNT).published(new AccountRegistered(ACCOUNT, "Ada", "hash", TOKYO, START))
                .whenTimeAdvancesTo(tokyo(weekOfDigest, 9))
                .expectDispatchedCommands(new QueueDigest(ACCOUNT, weekOfDigest),
                        new OpenWeeklyPlan(ACCOUNT, weekOfDigest, 3, List.of(new PlanEntry(grace, PlanSource.PULLED_IN))));
    }

    @Test
    void anotherWeekdayAndHourMoveTheDigestAndNoDayStopsIt() {
        fixture.givenAggregate(ACCOUNT).published(new AccountRegistered(ACCOUNT, "Ada", "hash", TOKYO, START))
                .whenPublishingA(new ReminderPreferencesChanged(ACCOUNT, "ada@example.com", LocalTime.of(7, 0), DayOfWeek.FRIDAY, true, START))
                .expectScheduledDeadlineWithName(tokyo(LocalDate.of(2026, 3, 6), 7), WhenWeekStartsThenSendDigest.DEADLINE)
                .expectNoScheduledDeadlineWithName(tokyo(LocalDate.of(2026, 3, 9), 9), WhenWeekStartsThenSendDigest.DEADLINE);
        fixture.givenAggregate(ACCOUNT).published(new AccountRegistered(ACCOUNT, "Ada", "hash", TOKYO, START))
                .whenPublishingA(new ReminderPreferencesChanged(ACCOUNT, "ada@example.com", LocalTime.of(7, 0), null, true, START))
                .expectNoScheduledDeadlines();
    }

    @Test
    void aWeekWhoseDigestWasQueuedIsNotPlannedAgain() {
        fixture.givenAggregate(ACCOUNT).published(new AccountRegistered(ACCOUNT, "Ada", "hash", TOKYO, START),
                        new DigestQueued(ACCOUNT, UUID.randomUUID(), LocalDate.of(2026, 3, 9), START))
                .whenTimeAdvancesTo(tokyo(LocalDate.of(2026, 3, 9), 10))
                .expectNoDispatchedCommands()
                .expectScheduledDeadlineWithName(tokyo(LocalDate.of(2026, 3, 16), 9), WhenWeekStartsThenSendDigest.DEADLINE);
    }
}
