package app.touchbase.mail.automation;

import app.touchbase.account.api.AccountSettingsChanged;
import app.touchbase.cadence.api.CadenceSet;
import app.touchbase.cadence.api.CircleColour;
import app.touchbase.cadence.api.CircleRef;
import app.touchbase.cadence.api.CircleRulesApplied;
import app.touchbase.cadence.api.CircleRulesWithdrawn;
import app.touchbase.cadence.api.KeepInTouchRule;
import app.touchbase.cadence.api.KeepInTouchRuleSet;
import app.touchbase.cadence.api.TouchSnoozed;
import app.touchbase.contact.TouchesSoFar;
import app.touchbase.contact.api.ContactAdded;
import app.touchbase.contact.api.ContactArchived;
import app.touchbase.contact.api.ContactDetails;
import app.touchbase.contact.api.DuplicateMergedIn;
import app.touchbase.followup.api.FollowUpAdded;
import app.touchbase.followup.api.FollowUpChanged;
import app.touchbase.followup.api.FollowUpRemoved;
import app.touchbase.importantdate.api.ImportantDateAdded;
import app.touchbase.interaction.api.Direction;
import app.touchbase.interaction.api.InteractionLogged;
import app.touchbase.interaction.api.InteractionType;
import app.touchbase.reminder.api.QueueReminder;
import app.touchbase.reminder.api.ReminderOccasion;
import app.touchbase.reminder.api.ReminderPreferences;
import app.touchbase.reminder.api.ReminderPreferencesChanged;
import app.touchbase.reminder.api.ReminderQueued;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The reminder saga with Axon's saga fixture: events in, deadlines and commands out, time moved by the fixture. */
class WhenTouchFallsDueThenRemindTest {

    static final String OWNER = "ada";
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** Monday 2 March 2026, 10:00 in Berlin. */
    static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

    final UUID contactId = UUID.randomUUID();
    SagaTestFixture<WhenTouchFallsDueThenRemind> fixture;

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(WhenTouchFallsDueThenRemind.class);
        fixture.registerResource(new FixtureClock(fixture));
        fixture.registerResource((ReminderPreferencesLookup) accountId ->
                new ReminderPreferences(accountId, "ada@example.com", BERLIN, LocalTime.of(8, 30), DayOfWeek.MONDAY, true));
        fixture.registerResource(EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build());
        fixture.registerResource((TouchesSoFar) (contact, upTo) -> {
            throw new AssertionError("no event here removes or moves back the latest touch of a kind");
        });
        fixture.givenCurrentTime(START);
    }

    static final LocalDate START_DAY = LocalDate.of(2026, 3, 2);

    /** Reads the fixture's own current time, so the saga sees time elapse with the fixture. */
    static final class FixtureClock extends Clock {
        private final SagaTestFixture<?> fixture;

        FixtureClock(SagaTestFixture<?> fixture) {
            this.fixture = fixture;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return fixture.currentTime();
        }
    }

    ContactAdded added() {
        return new ContactAdded(contactId, OWNER, ContactDetails.named("Grace Hopper"), START);
    }

    /** 8:30 in Berlin on the given day. */
    static Instant reminderTime(LocalDate day) {
        return day.atTime(8, 30).atZone(BERLIN).toInstant();
    }

    @Test
    void aCadenceSchedulesAReminderAtTheOwnersHourOnTheDayTheTouchFallsDue() {
        fixture.givenAggregate(contactId.toString()).published(added())
                .whenPublishingA(new CadenceSet(contactId, OWNER, Period.ofMonths(1), START_DAY, START))
                .expectActiveSagas(1)
                .expectScheduledDeadlineWithName(reminderTime(LocalDate.of(2026, 4, 2)), WhenTouchFallsDueThenRemind.DEADLINE)
                .expectNoDispatchedCommands();
    }

    @Test
    void whenTheDeadlineFiresTheContactIsAskedToQueueTheTouchReminder() {
        fixture.givenAggregate(contactId.toString()).published(added(), new CadenceSet(contactId, OWNER, Period.ofMonths(1), START_DAY, START))
                .whenTimeAdvancesTo(reminderTime(LocalDate.of(2026, 4, 2)))
                .expectDeadlinesMet(new ContactReminderDue(contactId))
                .expectDispatchedCommands(new QueueReminder(contactId, OWNER, List.of(
                        ReminderOccasion.touch(KeepInTouchRule.CADENCE, LocalDate.of(2026, 4, 2), "Time to get in touch"))));
    }

    @Test
    void aNewTouchMovesTheReminder() {
        fixture.givenAggregate(contactId.toString()).published(added(), new CadenceSet(contactId, OWNER, Period.ofMonths(1), START_DAY, START))
                .whenPublishingA(new InteractionLogged(contactId, OWNER, UUID.randomUUID(), InteractionType.CALL, START_DAY.plusDays(10),
                        Direction.NEUTRAL, null, START))
                .expectScheduledDeadlineWithName(reminderTime(LocalDate.of(2026, 4, 12)), WhenTouchFallsDueThenRemind.DEADLINE)
                .expectNoScheduledDeadlineWithName(reminderTime(LocalDate.of(2026, 4, 2)), WhenTouchFallsDueThenRemind.DEADLINE);
    }

    @Test
    void aSnoozeMovesTheReminderToTheEndOfTheSnooze() {
        LocalDate until = LocalDate.of(2026, 4, 20);
        fixture.givenAggregate(contactId.toString()).published(added(), new CadenceSet(contactId, OWNER, Period.ofMonths(1), START_DAY, START))
                .whenPublishingA(new TouchSnoozed(contactId, OWNER, until, START))
                .expectScheduledDeadlineWithName(reminderTime(LocalDate.of(2026, 4, 20)), WhenTouchFallsDueThenRemind.DEADLINE)
                .expectNoScheduledDeadlineWithName(reminderTime(LocalDate.of(2026, 4, 2)), WhenTouchFallsDueThenRemind.DEADLINE);
    }

    static final CircleRef MENTORS = new CircleRef(UUID.fromString("00000000-0000-0000-0000-0000000000c1"), "Mentors", CircleColour.GREEN);
    static final KeepInTouchRule QUARTERLY = new KeepInTouchRule("quarterly", "Any touch", Period.ofMonths(3), Set.of());
    static final KeepInTouchRule LUNCH = new KeepInTouchRule("lunch", "Yearly lunch", Period.ofYears(1),
            Set.of(InteractionType.COFFEE_OR_LUNCH));

    @Test
    void joiningACircleSchedulesItsSoonestRuleOnItsStaggeredDayAndLeavingItDropsTheDeadline() {
        CircleRulesApplied joined = new CircleRulesApplied(contactId, OWNER, MENTORS, List.of(QUARTERLY, LUNCH), START_DAY,
                Map.of("quarterly", LocalDate.of(2026, 3, 20)), START);
        fixture.givenAggregate(contactId.toString()).published(added())
                .whenPublishingA(joined)
                .expectScheduledDeadlineWithName(reminderTime(LocalDate.of(2026, 3, 20)), WhenTouchFallsDueThenRemind.DEADLINE);

        fixture.givenAggregate(contactId.toString()).published(added(), joined)
                .whenPublishingA(new CircleRulesWithdrawn(contactId, OWNER, MENTORS.circleId(), START))
                .expectNoScheduledDeadlines();
    }

    @Test
    void anEmailMovesTheCirclesAnyTouchRuleButNotItsLunchRule() {
        fixture.givenAggregate(contactId.toString()).published(added(),
                        new CircleRulesApplied(contactId, OWNER, MENTORS, List.of(QUARTERLY, LUNCH), START_DAY, Map.of(), START),
                        new InteractionLogged(contactId, OWNER, UUID.randomUUID(), InteractionType.EMAIL, START_DAY.plusDays(30),
                                Direction.NEUTRAL, null, START))
                .whenTimeAdvancesTo(reminderTime(LocalDate.of(2026, 7, 1)))
                .expectDispatchedCommands(new QueueReminder(contactId, OWNER, List.of(ReminderOccasion.touch(
                        KeepInTouchRule.circleRuleId(MENTORS.circleId(), "quarterly"), LocalDate.of(2026, 7, 1),
                        "Mentors · Any touch: time to get in touch"))));
    }

    @Test
    void anArchivedContactGetsNoReminders() {
        fixture.givenAggregate(contactId.toString()).published(added(), new CadenceSet(contactId, OWNER, Period.ofMonths(1), START_DAY, START))
                .whenPublishingA(new ContactArchived(contactId, OWNER, START))
                .expectNoScheduledDeadlines();
    }

    @Test
    void anotherHourInTheSettingsMovesTheReminder() {
        fixture.givenAggregate(contactId.toString()).published(added(), new CadenceSet(contactId, OWNER, Period.ofMonths(1), START_DAY, START))
                .whenPublishingA(new ReminderPreferencesChanged(OWNER, "ada@example.com", LocalTime.of(7, 15), DayOfWeek.MONDAY, true, START))
                .expectScheduledDeadlineWithName(LocalDate.of(2026, 4, 2).atTime(7, 15).atZone(BERLIN).toInstant(),
                        WhenTouchFallsDueThenRemind.DEADLINE)
                .expectNoScheduledDeadlineWithName(reminderTime(LocalDate.of(2026, 4, 2)), WhenTouchFallsDueThenRemind.DEADLINE);
    }

    @Test
    void turningRemindersOffCancelsThem() {
        fixture.givenAggregate(contactId.toString()).published(added(), new CadenceSet(contactId, OWNER, Period.ofMonths(1), START_DAY, START))
                .whenPublishingA(new ReminderPreferencesChanged(OWNER, null, LocalTime.of(8, 30), null, false, START))
                .expectNoScheduledDeadlines();
    }

    @Test
    void aBirthdayIsRemindedItsNoticeDaysAhead() {
        UUID dateId = UUID.randomUUID();
        fixture.givenAggregate(contactId.toString()).published(added(),
                        new ImportantDateAdded(contactId, OWNER, dateId, "Birthday", MonthDay.of(3, 20), 1986, 3, START))
                .whenTimeAdvancesTo(reminderTime(LocalDate.of(2026, 3, 17)))
                .expectDispatchedCommands(new QueueReminder(contactId, OWNER, List.of(ReminderOccasion.importantDate(dateId,
                        LocalDate.of(2026, 3, 20), "Birthday on Friday 20 March (40 years)"))));
    }

    @Test
    void aFollowUpIsRemindedOnItsDueDayAndNextYearsBirthdayIsPlannedAfterThisOne() {
        UUID followUpId = UUID.randomUUID();
        fixture.givenAggregate(contactId.toString()).published(added(),
                        new FollowUpAdded(contactId, OWNER, followUpId, "Send the COBOL article", LocalDate.of(2026, 3, 6), START))
                .whenTimeAdvancesTo(reminderTime(LocalDate.of(2026, 3, 6)))
                .expectDispatchedCommands(new QueueReminder(contactId, OWNER, List.of(ReminderOccasion.followUp(followUpId,
                        LocalDate.of(2026, 3, 6), "You promised: Send the COBOL article (due Friday 6 March)"))))
                .expectNoScheduledDeadlines();
    }

    @Test
    void aRemindedPromiseMovedToALaterDayIsRemindedAgainOnThatDay() {
        UUID followUpId = UUID.randomUUID();
        ReminderOccasion first = ReminderOccasion.followUp(followUpId, START_DAY, "You promised: Send it (due Monday 2 March)");
        fixture.givenAggregate(contactId.toString()).published(added(),
                        new FollowUpAdded(contactId, OWNER, followUpId, "Send it", START_DAY, START),
                        new ReminderQueued(contactId, OWNER, UUID.randomUUID(), List.of(first), START))
                .whenPublishingA(new FollowUpChanged(contactId, OWNER, followUpId, "Send it", LocalDate.of(2026, 3, 9), START))
                .expectScheduledDeadlineWithName(reminderTime(LocalDate.of(2026, 3, 9)), WhenTouchFallsDueThenRemind.DEADLINE)
                .expectNoDispatchedCommands();
    }

    @Test
    void aRemovedPromiseIsNotRemindedAbout() {
        UUID followUpId = UUID.randomUUID();
        fixture.givenAggregate(contactId.toString()).published(added(),
                        new FollowUpAdded(contactId, OWNER, followUpId, "Send it", LocalDate.of(2026, 3, 6), START))
                .whenPublishingA(new FollowUpRemoved(contactId, OWNER, followUpId, START))
                .expectNoScheduledDeadlines();
    }

    @Test
    void aReminderQueuedInAnEarlierLifeIsNotAskedForAgain() {
        ReminderOccasion touch = ReminderOccasion.touch(KeepInTouchRule.CADENCE, LocalDate.of(2026, 4, 2), "Time to get in touch");
        fixture.givenAggregate(contactId.toString()).published(added(), new CadenceSet(contactId, OWNER, Period.ofMonths(1), START_DAY, START),
                        new ReminderQueued(contactId, OWNER, UUID.randomUUID(), List.of(touch), START))
                .whenTimeAdvancesTo(reminderTime(LocalDate.of(2026, 4, 3)))
                .expectNoDispatchedCommands();
    }

    @Test
    void whatAMergedContactWasRemindedAboutIsNotAskedForAgainForTheContactKept() {
        String touchKey = ReminderOccasion.touchKey(KeepInTouchRule.CADENCE, LocalDate.of(2026, 4, 2));
        fixture.givenAggregate(contactId.toString()).published(added(), new CadenceSet(contactId, OWNER, Period.ofMonths(1), START_DAY, START),
                        new DuplicateMergedIn(contactId, OWNER, UUID.randomUUID(), List.of(), List.of(), List.of(), List.of(), List.of(),
                                List.of(), Set.of(touchKey), START))
                .whenTimeAdvancesTo(reminderTime(LocalDate.of(2026, 4, 3)))
                .expectNoDispatchedCommands();
    }

    @Test
    void aTouchBeforeTheClockChangeIsDueOnTheSameDayOfTheNextMonth() {
        fixture.givenCurrentTime(Instant.parse("2026-10-21T09:00:00Z"));
        fixture.givenAggregate(contactId.toString()).published(added(),
                        new CadenceSet(contactId, OWNER, Period.ofMonths(1), LocalDate.of(2026, 9, 1), START))
                .whenPublishingA(new InteractionLogged(contactId, OWNER, UUID.randomUUID(), InteractionType.COFFEE_OR_LUNCH,
                        LocalDate.of(2026, 10, 20), Direction.GAVE, null, START))
                .expectScheduledDeadlineWithName(Instant.parse("2026-11-20T07:30:00Z"), WhenTouchFallsDueThenRemind.DEADLINE);
    }

    @Test
    void movingToAnotherZoneKeepsTheDayAndMovesTheHour() {
        ZoneId newYork = ZoneId.of("America/New_York");
        fixture.givenCurrentTime(Instant.parse("2026-10-21T09:00:00Z"));
        fixture.givenAggregate(contactId.toString()).published(added(),
                        new CadenceSet(contactId, OWNER, Period.ofMonths(1), LocalDate.of(2026, 9, 1), START),
                        new InteractionLogged(contactId, OWNER, UUID.randomUUID(), InteractionType.COFFEE_OR_LUNCH,
                                LocalDate.of(2026, 10, 20), Direction.GAVE, null, START))
                .whenPublishingA(new AccountSettingsChanged(OWNER, "Ada", newYork, null, START))
                .expectScheduledDeadlineWithName(LocalDate.of(2026, 11, 20).atTime(8, 30).atZone(newYork).toInstant(),
                        WhenTouchFallsDueThenRemind.DEADLINE)
                .expectNoScheduledDeadlineWithName(Instant.parse("2026-11-20T07:30:00Z"), WhenTouchFallsDueThenRemind.DEADLINE);
    }

    @Test
    void eachRuleIsRemindedOnItsOwnDayAndAnEmailMovesOnlyTheRuleItCountsFor() {
        KeepInTouchRule lunch = new KeepInTouchRule("yearly-lunch", "Yearly lunch", Period.ofYears(1),
                Set.of(InteractionType.COFFEE_OR_LUNCH));
        fixture.givenAggregate(contactId.toString()).published(added(),
                        new CadenceSet(contactId, OWNER, Period.ofMonths(1), START_DAY, START),
                        new KeepInTouchRuleSet(contactId, OWNER, lunch, START_DAY.minusYears(1).plusDays(3), START),
                        new InteractionLogged(contactId, OWNER, UUID.randomUUID(), InteractionType.EMAIL, START_DAY,
                                Direction.NEUTRAL, null, START))
                .whenTimeAdvancesTo(reminderTime(LocalDate.of(2026, 3, 5)))
                .expectDispatchedCommands(new QueueReminder(contactId, OWNER, List.of(ReminderOccasion.touch("yearly-lunch",
                        LocalDate.of(2026, 3, 5), "Yearly lunch: time to get in touch"))))
                .expectScheduledDeadlineWithName(reminderTime(LocalDate.of(2026, 4, 2)), WhenTouchFallsDueThenRemind.DEADLINE);
    }
}
