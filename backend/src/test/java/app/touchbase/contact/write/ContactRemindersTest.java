package app.touchbase.contact.write;

import app.touchbase.cadence.api.CadenceSet;
import app.touchbase.cadence.api.KeepInTouchRule;
import app.touchbase.contact.api.ContactAdded;
import app.touchbase.contact.api.ContactArchived;
import app.touchbase.contact.api.ContactDetails;
import app.touchbase.followup.api.AddFollowUp;
import app.touchbase.followup.api.ChangeFollowUp;
import app.touchbase.followup.api.CompleteFollowUp;
import app.touchbase.followup.api.FollowUpAdded;
import app.touchbase.followup.api.FollowUpChanged;
import app.touchbase.followup.api.FollowUpCompleted;
import app.touchbase.followup.api.FollowUpRemoved;
import app.touchbase.followup.api.RemoveFollowUp;
import app.touchbase.importantdate.api.AddImportantDate;
import app.touchbase.importantdate.api.ChangeImportantDate;
import app.touchbase.importantdate.api.ImportantDateAdded;
import app.touchbase.importantdate.api.ImportantDateChanged;
import app.touchbase.importantdate.api.ImportantDateRemoved;
import app.touchbase.importantdate.api.RemoveImportantDate;
import app.touchbase.interaction.api.Direction;
import app.touchbase.interaction.api.InteractionLogged;
import app.touchbase.interaction.api.InteractionType;
import app.touchbase.reminder.api.QueueReminder;
import app.touchbase.reminder.api.RecordReminderSent;
import app.touchbase.reminder.api.ReminderOccasion;
import app.touchbase.reminder.api.ReminderQueued;
import app.touchbase.reminder.api.ReminderSent;
import app.touchbase.shared.OwnerZones;
import app.touchbase.shared.api.CommandRejectedException;
import app.touchbase.shared.api.InvalidInputException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.axonframework.test.matchers.Matchers.predicate;

/** Important dates, follow-ups and the contact's say over which reminders go out. */
class ContactRemindersTest {

    static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    static final String OWNER = "ada";
    static final UUID CONTACT = UUID.fromString("00000000-0000-0000-0000-000000000001");
    static final UUID DATE = UUID.fromString("00000000-0000-0000-0000-0000000000d1");
    static final UUID FOLLOW_UP = UUID.fromString("00000000-0000-0000-0000-0000000000f1");
    static final Instant CADENCE_SET = NOW.minus(Duration.ofDays(40));
    static final LocalDate CADENCE_STARTS = LocalDate.ofInstant(CADENCE_SET, ZoneOffset.UTC);
    /** A month after the cadence was set, with no touch since: due about ten days ago. */
    static final LocalDate DUE = CADENCE_STARTS.plusMonths(1);
    static final ReminderOccasion TOUCH = ReminderOccasion.touch(KeepInTouchRule.CADENCE, DUE, "Overdue");

    FixtureConfiguration<Contact> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Contact.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        fixture.registerInjectableResource((OwnerZones) owner -> ZoneOffset.UTC);
    }

    ContactAdded added() {
        return new ContactAdded(CONTACT, OWNER, ContactDetails.named("Grace Hopper"), CADENCE_SET);
    }

    CadenceSet monthly() {
        return new CadenceSet(CONTACT, OWNER, Period.ofMonths(1), CADENCE_STARTS, CADENCE_SET);
    }

    static ReminderQueued queuedWith(List<ReminderOccasion> occasions) {
        return new ReminderQueued(CONTACT, OWNER, UUID.randomUUID(), occasions, NOW);
    }

    @Test
    void aBirthdayWithoutAYearIsFine() {
        fixture.given(added())
                .when(new AddImportantDate(CONTACT, OWNER, DATE, " Birthday ", MonthDay.of(2, 29), null, 3))
                .expectEvents(new ImportantDateAdded(CONTACT, OWNER, DATE, "Birthday", MonthDay.of(2, 29), null, 3, NOW));
    }

    @Test
    void aDateIsCheckedBeforeAnythingIsStored() {
        fixture.given(added())
                .when(new AddImportantDate(CONTACT, OWNER, DATE, "Birthday", MonthDay.of(2, 29), 1981, 3))
                .expectException(InvalidInputException.class)
                .expectExceptionMessage("1981 was not a leap year, so it had no 29 February.")
                .expectNoEvents();
        fixture.given(added())
                .when(new AddImportantDate(CONTACT, OWNER, DATE, "Birthday", MonthDay.of(5, 1), null, 90))
                .expectException(InvalidInputException.class)
                .expectNoEvents();
        fixture.given(added())
                .when(new AddImportantDate(CONTACT, OWNER, DATE, "", MonthDay.of(5, 1), null, 3))
                .expectExceptionMessage("What the date is must not be empty.");
    }

    @Test
    void aRemovedDateCanNotBeRemovedAgain() {
        fixture.given(added(), new ImportantDateAdded(CONTACT, OWNER, DATE, "Birthday", MonthDay.of(5, 1), null, 3, NOW),
                        new ImportantDateRemoved(CONTACT, OWNER, DATE, NOW))
                .when(new RemoveImportantDate(CONTACT, OWNER, DATE))
                .expectException(CommandRejectedException.class)
                .expectNoEvents();
    }

    @Test
    void aFollowUpIsCompletedOnce() {
        FollowUpAdded promised = new FollowUpAdded(CONTACT, OWNER, FOLLOW_UP, "Send the COBOL article", LocalDate.of(2026, 11, 27), NOW);
        fixture.given(added())
                .when(new AddFollowUp(CONTACT, OWNER, FOLLOW_UP, " Send the COBOL article ", LocalDate.of(2026, 11, 27)))
                .expectEvents(promised);
        fixture.given(added(), promised)
                .when(new CompleteFollowUp(CONTACT, OWNER, FOLLOW_UP))
                .expectEvents(new FollowUpCompleted(CONTACT, OWNER, FOLLOW_UP, NOW));
        fixture.given(added(), promised, new FollowUpCompleted(CONTACT, OWNER, FOLLOW_UP, NOW))
                .when(new CompleteFollowUp(CONTACT, OWNER, FOLLOW_UP))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aFollowUpNeedsADueDateWithinReason() {
        fixture.given(added())
                .when(new AddFollowUp(CONTACT, OWNER, FOLLOW_UP, "Send the article", LocalDate.of(2040, 1, 1)))
                .expectException(InvalidInputException.class)
                .expectNoEvents();
    }

    @Test
    void aDateIsChangedWithTheSameChecksAsAddingItAndOnlyWhenSomethingChanged() {
        ImportantDateAdded birthday = new ImportantDateAdded(CONTACT, OWNER, DATE, "Birthday", MonthDay.of(5, 1), null, 3, NOW);
        fixture.given(added(), birthday)
                .when(new ChangeImportantDate(CONTACT, OWNER, DATE, " Birthday ", MonthDay.of(5, 2), 1980, 7))
                .expectEvents(new ImportantDateChanged(CONTACT, OWNER, DATE, "Birthday", MonthDay.of(5, 2), 1980, 7, NOW));
        fixture.given(added(), birthday)
                .when(new ChangeImportantDate(CONTACT, OWNER, DATE, "Birthday", MonthDay.of(2, 29), 1981, 3))
                .expectException(InvalidInputException.class)
                .expectExceptionMessage("1981 was not a leap year, so it had no 29 February.")
                .expectNoEvents();
        fixture.given(added(), birthday)
                .when(new ChangeImportantDate(CONTACT, OWNER, DATE, " ", MonthDay.of(5, 1), null, 3))
                .expectExceptionMessage("What the date is must not be empty.");
        fixture.given(added(), birthday)
                .when(new ChangeImportantDate(CONTACT, OWNER, DATE, "Birthday", MonthDay.of(5, 1), null, 3))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture.given(added(), birthday, new ImportantDateRemoved(CONTACT, OWNER, DATE, NOW))
                .when(new ChangeImportantDate(CONTACT, OWNER, DATE, "Birthday", MonthDay.of(5, 2), null, 3))
                .expectException(CommandRejectedException.class)
                .expectNoEvents();
        fixture.given(added(), birthday, new ContactArchived(CONTACT, OWNER, NOW))
                .when(new ChangeImportantDate(CONTACT, OWNER, DATE, "Birthday", MonthDay.of(5, 2), null, 3))
                .expectException(CommandRejectedException.class)
                .expectNoEvents();
    }

    @Test
    void anOpenFollowUpIsChangedWithTheSameChecksAsAddingItButNotOnceKept() {
        FollowUpAdded promised = new FollowUpAdded(CONTACT, OWNER, FOLLOW_UP, "Send the article", LocalDate.of(2026, 11, 27), NOW);
        fixture.given(added(), promised)
                .when(new ChangeFollowUp(CONTACT, OWNER, FOLLOW_UP, " Send the COBOL article ", LocalDate.of(2026, 12, 4)))
                .expectEvents(new FollowUpChanged(CONTACT, OWNER, FOLLOW_UP, "Send the COBOL article", LocalDate.of(2026, 12, 4), NOW));
        fixture.given(added(), promised)
                .when(new ChangeFollowUp(CONTACT, OWNER, FOLLOW_UP, "Send the article", LocalDate.of(2040, 1, 1)))
                .expectException(InvalidInputException.class)
                .expectNoEvents();
        fixture.given(added(), promised)
                .when(new ChangeFollowUp(CONTACT, OWNER, FOLLOW_UP, "", LocalDate.of(2026, 12, 4)))
                .expectExceptionMessage("What you promised must not be empty.");
        fixture.given(added(), promised)
                .when(new ChangeFollowUp(CONTACT, OWNER, FOLLOW_UP, "Send the article", LocalDate.of(2026, 11, 27)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture.given(added(), promised, new FollowUpCompleted(CONTACT, OWNER, FOLLOW_UP, NOW))
                .when(new ChangeFollowUp(CONTACT, OWNER, FOLLOW_UP, "Send it", LocalDate.of(2026, 12, 4)))
                .expectException(CommandRejectedException.class)
                .expectNoEvents();
    }

    @Test
    void anOpenFollowUpIsRemovedOnceAndThenNeitherRemindedNorCompleted() {
        FollowUpAdded promised = new FollowUpAdded(CONTACT, OWNER, FOLLOW_UP, "Send the article", LocalDate.of(2026, 11, 22), NOW);
        FollowUpRemoved removed = new FollowUpRemoved(CONTACT, OWNER, FOLLOW_UP, NOW);
        fixture.given(added(), promised)
                .when(new RemoveFollowUp(CONTACT, OWNER, FOLLOW_UP))
                .expectEvents(removed);
        fixture.given(added(), promised, removed)
                .when(new RemoveFollowUp(CONTACT, OWNER, FOLLOW_UP))
                .expectException(CommandRejectedException.class)
                .expectNoEvents();
        fixture.given(added(), promised, removed)
                .when(new QueueReminder(CONTACT, OWNER, List.of(ReminderOccasion.followUp(FOLLOW_UP, LocalDate.of(2026, 11, 22), "Article"))))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture.given(added(), promised, removed)
                .when(new CompleteFollowUp(CONTACT, OWNER, FOLLOW_UP))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aFollowUpMovedToAnotherDayIsRemindedAgainOnThatDayButNotOnTheOldOne() {
        LocalDate firstDue = LocalDate.of(2026, 11, 20);
        LocalDate today = LocalDate.of(2026, 11, 22);
        ReminderOccasion first = ReminderOccasion.followUp(FOLLOW_UP, firstDue, "Article");
        ReminderOccasion moved = ReminderOccasion.followUp(FOLLOW_UP, today, "Article");
        FollowUpAdded promised = new FollowUpAdded(CONTACT, OWNER, FOLLOW_UP, "Send the article", firstDue, NOW);
        FollowUpChanged postponed = new FollowUpChanged(CONTACT, OWNER, FOLLOW_UP, "Send the article", today, NOW);
        fixture.given(added(), promised, queuedWith(List.of(first)), postponed)
                .when(new QueueReminder(CONTACT, OWNER, List.of(moved)))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        predicate(event -> event instanceof ReminderQueued queued && queued.occasions().equals(List.of(moved))),
                        andNoMore())));
        fixture.given(added(), promised, postponed)
                .when(new QueueReminder(CONTACT, OWNER, List.of(first)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture.given(added(), promised, queuedWith(List.of(first)),
                        new FollowUpChanged(CONTACT, OWNER, FOLLOW_UP, "Send the COBOL article", firstDue, NOW))
                .when(new QueueReminder(CONTACT, OWNER, List.of(first)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aDueTouchIsQueuedOnce() {
        fixture.given(added(), monthly())
                .when(new QueueReminder(CONTACT, OWNER, List.of(TOUCH)))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        predicate(event -> event instanceof ReminderQueued queued && queued.occasions().equals(List.of(TOUCH))),
                        andNoMore())));
        fixture.given(added(), monthly(), queuedWith(List.of(TOUCH)))
                .when(new QueueReminder(CONTACT, OWNER, List.of(TOUCH)))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(null)
                .expectNoEvents();
    }

    @Test
    void aTouchReminderPlannedBeforeTheLatestTouchIsDropped() {
        InteractionLogged call = new InteractionLogged(CONTACT, OWNER, UUID.randomUUID(), InteractionType.CALL,
                LocalDate.ofInstant(NOW, ZoneOffset.UTC).minusDays(1), Direction.NEUTRAL, null, NOW);
        fixture.given(added(), monthly(), call)
                .when(new QueueReminder(CONTACT, OWNER, List.of(TOUCH)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void remindersForRemovedDatesDoneFollowUpsOrArchivedContactsAreDropped() {
        ReminderOccasion birthday = ReminderOccasion.importantDate(DATE, LocalDate.of(2026, 11, 25), "Birthday");
        ReminderOccasion article = ReminderOccasion.followUp(FOLLOW_UP, LocalDate.of(2026, 11, 22), "Article");
        fixture.given(added(), monthly(), new ImportantDateAdded(CONTACT, OWNER, DATE, "Birthday", MonthDay.of(11, 25), null, 3, NOW),
                        new ImportantDateRemoved(CONTACT, OWNER, DATE, NOW))
                .when(new QueueReminder(CONTACT, OWNER, List.of(birthday, article)))
                .expectNoEvents();
        fixture.given(added(), monthly(), new ContactArchived(CONTACT, OWNER, NOW))
                .when(new QueueReminder(CONTACT, OWNER, List.of(TOUCH)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aSentReminderIsRecordedOnceAndOnlyForAQueuedReminder() {
        ReminderQueued queued = queuedWith(List.of(TOUCH));
        fixture.given(added(), monthly(), queued)
                .when(new RecordReminderSent(CONTACT, OWNER, queued.reminderId(), "ada@example.com", NOW))
                .expectEvents(new ReminderSent(CONTACT, OWNER, queued.reminderId(), "ada@example.com", NOW));
        fixture.given(added(), monthly(), queued, new ReminderSent(CONTACT, OWNER, queued.reminderId(), "ada@example.com", NOW))
                .when(new RecordReminderSent(CONTACT, OWNER, queued.reminderId(), "ada@example.com", NOW))
                .expectNoEvents();
        fixture.given(added(), monthly())
                .when(new RecordReminderSent(CONTACT, OWNER, UUID.randomUUID(), "ada@example.com", NOW))
                .expectException(CommandRejectedException.class);
    }
}
