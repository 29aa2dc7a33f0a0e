package app.touchbase.security;

import app.touchbase.backup.api.ExportEventLog;
import app.touchbase.cadence.api.ApplyCircleRules;
import app.touchbase.cadence.api.CircleColour;
import app.touchbase.cadence.api.CircleRef;
import app.touchbase.cadence.api.ClearCadence;
import app.touchbase.cadence.api.ClearKeepInTouchRule;
import app.touchbase.cadence.api.KeepInTouchRule;
import app.touchbase.cadence.api.SetCadence;
import app.touchbase.cadence.api.SetKeepInTouchRule;
import app.touchbase.cadence.api.SnoozeTouch;
import app.touchbase.cadence.api.WithdrawCircleRules;
import app.touchbase.circle.api.AddToCircle;
import app.touchbase.circle.api.ArchiveCircle;
import app.touchbase.circle.api.ChangeCircle;
import app.touchbase.circle.api.CircleDetails;
import app.touchbase.circle.api.CircleSummary;
import app.touchbase.circle.api.ClearCircleRule;
import app.touchbase.circle.api.CreateCircle;
import app.touchbase.circle.api.DeleteCircle;
import app.touchbase.circle.api.FetchCircle;
import app.touchbase.circle.api.ListCircles;
import app.touchbase.circle.api.RemoveFromCircle;
import app.touchbase.circle.api.RestoreCircle;
import app.touchbase.circle.api.SetCircleRule;
import app.touchbase.contact.api.ArchiveContact;
import app.touchbase.contact.api.ContactDetails;
import app.touchbase.contact.api.ContactPage;
import app.touchbase.contact.api.ContactProfile;
import app.touchbase.contact.api.FetchContact;
import app.touchbase.contact.api.GiveBackMerged;
import app.touchbase.contact.api.ListAllContacts;
import app.touchbase.contact.api.CountGiveAndAsk;
import app.touchbase.contact.api.GiveAndAskCounts;
import app.touchbase.contact.api.ListLoggedTouches;
import app.touchbase.contact.api.LoggedTouches;
import app.touchbase.contact.api.MarkNotDuplicate;
import app.touchbase.contact.api.MergeInto;
import app.touchbase.contact.api.MergedItems;
import app.touchbase.contact.api.RecordFact;
import app.touchbase.contact.api.RestoreContact;
import app.touchbase.contact.api.SearchContacts;
import app.touchbase.contact.api.TakeInMerged;
import app.touchbase.contact.api.UndoMergeInto;
import app.touchbase.contact.api.UpdateContactDetails;
import app.touchbase.duplicates.api.DuplicatePairs;
import app.touchbase.duplicates.api.FetchMergedInto;
import app.touchbase.duplicates.api.ListDuplicates;
import app.touchbase.duplicates.api.MergedInto;
import app.touchbase.exporting.api.ExportContacts;
import app.touchbase.exporting.api.ExportFormat;
import app.touchbase.exporting.api.ExportedFile;
import app.touchbase.followup.api.AddFollowUp;
import app.touchbase.followup.api.ChangeFollowUp;
import app.touchbase.followup.api.CompleteFollowUp;
import app.touchbase.followup.api.ListOpenFollowUps;
import app.touchbase.followup.api.OpenFollowUps;
import app.touchbase.followup.api.RemoveFollowUp;
import app.touchbase.importantdate.api.AddImportantDate;
import app.touchbase.importantdate.api.ChangeImportantDate;
import app.touchbase.importantdate.api.ImportantDates;
import app.touchbase.importantdate.api.ListContactDates;
import app.touchbase.importantdate.api.ListUpcomingDates;
import app.touchbase.importantdate.api.RemoveImportantDate;
import app.touchbase.insights.api.FetchInsights;
import app.touchbase.insights.api.Insights;
import app.touchbase.interaction.api.CorrectInteraction;
import app.touchbase.interaction.api.InteractionType;
import app.touchbase.interaction.api.LogInteraction;
import app.touchbase.interaction.api.RemoveInteraction;
import app.touchbase.nexttouch.api.CircleTallies;
import app.touchbase.nexttouch.api.DueTouches;
import app.touchbase.nexttouch.api.FetchNextTouch;
import app.touchbase.nexttouch.api.ListDueTouches;
import app.touchbase.nexttouch.api.ListLongestUntouched;
import app.touchbase.nexttouch.api.ListNextTouches;
import app.touchbase.nexttouch.api.ListNextTouchesOf;
import app.touchbase.nexttouch.api.LongestUntouched;
import app.touchbase.nexttouch.api.NextTouch;
import app.touchbase.nexttouch.api.TallyCircles;
import app.touchbase.reminder.api.DeliveryHealth;
import app.touchbase.reminder.api.FetchDeliveryHealth;
import app.touchbase.reminder.api.ListOutbox;
import app.touchbase.reminder.api.Outbox;
import app.touchbase.reminder.api.QueueReminder;
import app.touchbase.reminder.api.RecordReminderSent;
import app.touchbase.reminder.api.ReminderOccasion;
import app.touchbase.shared.api.CommandRejectedException;
import app.touchbase.shared.api.UnknownContactException;
import app.touchbase.support.IntegrationTest;
import app.touchbase.support.MutableClock;
import app.touchbase.support.Touchbase;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.MonthDay;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Another account learns nothing of a contact and changes nothing of it, through every owner-scoped query and every
 * contact command, even with the contact's, touch's, date's and promise's ids in hand.
 */
@IntegrationTest
class CrossTenantTest {

    @Autowired
    Touchbase touchbase;
    @Autowired
    EventStore eventStore;
    @Autowired
    MutableClock clock;

    final String alice = Touchbase.newOwner();
    final String mallory = Touchbase.newOwner();
    UUID grace;
    UUID touch;
    UUID date;
    UUID promise;
    LocalDate today;

    @BeforeEach
    void aliceKnowsGrace() {
        today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        grace = touchbase.addContact(alice, ContactDetails.named("Grace Hopper").withEmails("grace@navy.mil"));
        touchbase.setCadence(alice, grace, Period.ofWeeks(1));
        touch = touchbase.logInteraction(alice, grace, InteractionType.CALL, today.minusDays(20));
        touchbase.send(new RecordFact(grace, alice, UUID.randomUUID(), "Kids", "Two nephews", null));
        date = UUID.randomUUID();
        touchbase.send(new AddImportantDate(grace, alice, date, "Birthday", MonthDay.from(today.plusDays(3)), null, 1));
        promise = UUID.randomUUID();
        touchbase.send(new AddFollowUp(grace, alice, promise, "Send the COBOL article", today.plusDays(2)));
        await().untilAsserted(() -> {
            assertThat(touchbase.query(new ListDueTouches(alice), DueTouches.class).touches()).hasSize(1);
            assertThat(touchbase.query(new ListOpenFollowUps(alice, grace), OpenFollowUps.class).followUps()).hasSize(1);
            assertThat(touchbase.query(new ListContactDates(alice, grace, today), ImportantDates.class).dates()).hasSize(1);
        });
    }

    @Test
    void everyQueryAnswersNothingOfAnotherAccountsContact() {
        assertThat(touchbase.queryOptional(new FetchContact(mallory, grace), ContactProfile.class)).isEmpty();
        assertThat(touchbase.queryOptional(new FetchNextTouch(mallory, grace), NextTouch.class)).isEmpty();
        assertThat(touchbase.query(new ListContactDates(mallory, grace, today), ImportantDates.class).dates()).isEmpty();
        assertThat(touchbase.query(new ListOpenFollowUps(mallory, grace), OpenFollowUps.class).followUps()).isEmpty();
        assertThat(touchbase.query(new ListOpenFollowUps(mallory, null), OpenFollowUps.class).followUps()).isEmpty();
        assertThat(touchbase.query(new ListUpcomingDates(mallory, today, 366), ImportantDates.class).dates()).isEmpty();
        assertThat(touchbase.query(new SearchContacts(mallory, "Grace", null, true, 0, 50), ContactPage.class).total()).isZero();
        assertThat(touchbase.query(new ListAllContacts(mallory), ContactPage.class).contacts()).isEmpty();
        assertThat(touchbase.query(new ListDueTouches(mallory), DueTouches.class).touches()).isEmpty();
        assertThat(touchbase.query(new ListNextTouches(mallory), DueTouches.class).touches()).isEmpty();
        assertThat(touchbase.query(new ListNextTouchesOf(mallory, List.of(grace)), DueTouches.class).touches()).isEmpty();
        assertThat(touchbase.query(new ListNextTouchesOf(alice, List.of(grace)), DueTouches.class).touches())
                .as("Alice's own").extracting(NextTouch::contactId).containsExactly(grace);
        assertThat(touchbase.query(new TallyCircles(mallory), CircleTallies.class).byCircle()).isEmpty();
        assertThat(touchbase.queryList(new ListCircles(mallory, true), CircleSummary.class)).isEmpty();
        assertThat(touchbase.query(new ListLoggedTouches(mallory, today.minusDays(30), today), LoggedTouches.class).touches()).isEmpty();
        GiveAndAskCounts malloryCounts = touchbase.query(new CountGiveAndAsk(mallory, YearMonth.from(today).minusMonths(11),
                YearMonth.from(today)), GiveAndAskCounts.class);
        assertThat(malloryCounts.people()).isEmpty();
        assertThat(malloryCounts.months()).isEmpty();
        assertThat(touchbase.query(new CountGiveAndAsk(alice, YearMonth.from(today).minusMonths(11), YearMonth.from(today)),
                GiveAndAskCounts.class).people()).as("Alice's own counts").containsKey(grace);
        LongestUntouched untouched = touchbase.query(new ListLongestUntouched(mallory, 10), LongestUntouched.class);
        assertThat(untouched.touched()).isEmpty();
        assertThat(untouched.neverTouchedCount()).isZero();
        Insights insights = touchbase.query(new FetchInsights(mallory), Insights.class);
        assertThat(insights.touchesInWeeks()).isZero();
        assertThat(insights.touchesInMonths()).isZero();
        assertThat(insights.longestUntouched()).isEmpty();
        for (ExportFormat format : ExportFormat.values()) {
            assertThat(text(touchbase.query(new ExportContacts(mallory, format), ExportedFile.class))).doesNotContain("Grace");
        }
        assertThat(text(touchbase.query(new ExportEventLog(mallory), ExportedFile.class)))
                .doesNotContain(grace.toString()).doesNotContain("Grace");
        assertThat(touchbase.query(new ListOutbox(mallory, 50), Outbox.class).mails()).isEmpty();
        assertThat(touchbase.query(new FetchDeliveryHealth(mallory), DeliveryHealth.class).pending()).isZero();
        assertThat(touchbase.query(new ListDuplicates(mallory), DuplicatePairs.class).pairs()).isEmpty();
        assertThat(touchbase.queryOptional(new FetchMergedInto(mallory, grace), MergedInto.class)).isEmpty();
    }

    @Test
    void everyCircleCommandOfAnotherAccountIsRefusedAsAnUnknownCircleAndMalloryCannotTakeGraceIntoHers() {
        UUID circle = UUID.randomUUID();
        touchbase.send(new CreateCircle(circle, alice, CircleDetails.named("Mentors"), List.of(grace)));
        List<Object> commands = List.of(
                new ChangeCircle(circle, mallory, CircleDetails.named("Mallory's")),
                new SetCircleRule(circle, mallory, new KeepInTouchRule("weekly", "Weekly", Period.ofWeeks(1), Set.of())),
                new ClearCircleRule(circle, mallory, "weekly"),
                new AddToCircle(circle, mallory, List.of()),
                new RemoveFromCircle(circle, mallory, List.of(grace)),
                new ArchiveCircle(circle, mallory),
                new RestoreCircle(circle, mallory),
                new DeleteCircle(circle, mallory));
        for (Object command : commands) {
            assertThatThrownBy(() -> touchbase.send(command)).as(command.getClass().getSimpleName())
                    .isInstanceOf(CommandRejectedException.class).hasMessage("There is no such circle (was it deleted?).");
        }
        assertThat(touchbase.queryOptional(new FetchCircle(mallory, circle), CircleSummary.class)).isEmpty();
        assertThatThrownBy(() -> touchbase.send(new CreateCircle(UUID.randomUUID(), mallory, CircleDetails.named("Mine"), List.of(grace))))
                .isInstanceOf(CommandRejectedException.class).hasMessage("Some of these contacts are not in your network.");
        assertThat(eventStore.readEvents(circle.toString()).asStream().count()).as("only Alice's two events").isEqualTo(2);
    }

    @Test
    void everyContactCommandOfAnotherAccountIsRefusedAsAnUnknownContactAndStoresNothing() {
        long before = eventStore.readEvents(grace.toString()).asStream().count();
        List<Object> commands = List.of(
                new UpdateContactDetails(grace, mallory, ContactDetails.named("Mallory's Grace")),
                new RecordFact(grace, mallory, UUID.randomUUID(), null, "Planted", null),
                new LogInteraction(grace, mallory, UUID.randomUUID(), InteractionType.EMAIL, today, null, null),
                new CorrectInteraction(grace, mallory, touch, InteractionType.EMAIL, today, null, null),
                new RemoveInteraction(grace, mallory, touch),
                new SetCadence(grace, mallory, Period.ofYears(1)),
                new ClearCadence(grace, mallory),
                new SetKeepInTouchRule(grace, mallory, new KeepInTouchRule("lunch", "Lunch", Period.ofYears(1), Set.of())),
                new ClearKeepInTouchRule(grace, mallory, "lunch"),
                new SnoozeTouch(grace, mallory, today.plusDays(30)),
                new ApplyCircleRules(grace, mallory, new CircleRef(UUID.randomUUID(), "Planted", CircleColour.RED),
                        List.of(new KeepInTouchRule("weekly", "Weekly", Period.ofWeeks(1), Set.of())), Map.of()),
                new WithdrawCircleRules(grace, mallory, UUID.randomUUID()),
                new AddImportantDate(grace, mallory, UUID.randomUUID(), "Planted", MonthDay.of(1, 1), null, 0),
                new ChangeImportantDate(grace, mallory, date, "Planted", MonthDay.of(1, 1), null, 0),
                new RemoveImportantDate(grace, mallory, date),
                new AddFollowUp(grace, mallory, UUID.randomUUID(), "Planted", today.plusDays(1)),
                new ChangeFollowUp(grace, mallory, promise, "Planted", today.plusDays(1)),
                new CompleteFollowUp(grace, mallory, promise),
                new RemoveFollowUp(grace, mallory, promise),
                new QueueReminder(grace, mallory, List.of(ReminderOccasion.touch(KeepInTouchRule.CADENCE, today, "Planted"))),
                new RecordReminderSent(grace, mallory, UUID.randomUUID(), "mallory@example.com", clock.instant()),
                new ArchiveContact(grace, mallory),
                new RestoreContact(grace, mallory),
                new MergeInto(grace, mallory, UUID.randomUUID()),
                new TakeInMerged(grace, mallory, UUID.randomUUID(), ContactDetails.named("Mallory's Grace"), MergedItems.NONE),
                new UndoMergeInto(grace, mallory),
                new GiveBackMerged(grace, mallory, UUID.randomUUID()),
                new MarkNotDuplicate(grace, mallory, UUID.randomUUID()));
        for (Object command : commands) {
            assertThatThrownBy(() -> touchbase.send(command)).as(command.getClass().getSimpleName())
                    .isInstanceOf(UnknownContactException.class);
        }
        assertThat(eventStore.readEvents(grace.toString()).asStream().count()).isEqualTo(before);
    }

    private static String text(ExportedFile file) {
        return new String(file.content(), StandardCharsets.UTF_8);
    }
}
