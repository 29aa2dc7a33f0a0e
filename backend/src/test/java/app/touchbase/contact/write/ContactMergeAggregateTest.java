package app.touchbase.contact.write;

import app.touchbase.cadence.api.CadenceCleared;
import app.touchbase.cadence.api.CadenceSet;
import app.touchbase.cadence.api.CircleColour;
import app.touchbase.cadence.api.CircleRef;
import app.touchbase.cadence.api.CircleRulesApplied;
import app.touchbase.cadence.api.KeepInTouchRuleSet;
import app.touchbase.cadence.api.SnoozeStopped;
import app.touchbase.cadence.api.TouchSnoozed;
import app.touchbase.cadence.api.KeepInTouchRule;
import app.touchbase.contact.api.ContactAdded;
import app.touchbase.contact.api.ContactArchived;
import app.touchbase.contact.api.ContactDetails;
import app.touchbase.contact.api.ContactDetailsChanged;
import app.touchbase.contact.api.ContactMergedInto;
import app.touchbase.contact.api.ContactRestored;
import app.touchbase.contact.api.ContactUnmerged;
import app.touchbase.contact.api.DuplicateMergeUndone;
import app.touchbase.contact.api.DuplicateMergedIn;
import app.touchbase.contact.api.Fact;
import app.touchbase.contact.api.FactRecorded;
import app.touchbase.contact.api.FactRemoved;
import app.touchbase.contact.api.GiveBackMerged;
import app.touchbase.contact.api.MarkNotDuplicate;
import app.touchbase.contact.api.MergeInto;
import app.touchbase.contact.api.MergedItems;
import app.touchbase.contact.api.NotDuplicateMarked;
import app.touchbase.contact.api.RestoreContact;
import app.touchbase.contact.api.TakeInMerged;
import app.touchbase.contact.api.UndoMergeInto;
import app.touchbase.followup.api.FollowUpAdded;
import app.touchbase.followup.api.FollowUpCompleted;
import app.touchbase.followup.api.FollowUpRemoved;
import app.touchbase.importantdate.api.ImportantDateAdded;
import app.touchbase.importantdate.api.ImportantDateRemoved;
import app.touchbase.interaction.api.Direction;
import app.touchbase.interaction.api.InteractionLogged;
import app.touchbase.interaction.api.InteractionRemoved;
import app.touchbase.interaction.api.InteractionType;
import app.touchbase.interaction.api.LogInteraction;
import app.touchbase.interaction.api.ReplyAwaited;
import app.touchbase.reminder.api.QueueReminder;
import app.touchbase.reminder.api.ReminderOccasion;
import app.touchbase.reminder.api.ReminderQueued;
import app.touchbase.shared.OwnerZones;
import app.touchbase.shared.api.CommandRejectedException;
import app.touchbase.shared.api.InvalidInputException;
import app.touchbase.shared.api.UnknownContactException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.hamcrest.Matchers.containsString;

class ContactMergeAggregateTest {

    static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    static final Instant EARLIER = NOW.minus(Duration.ofDays(40));
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    static final String OWNER = "ada";
    static final UUID KEPT = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    static final UUID MERGED = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    static final UUID TOUCH = UUID.fromString("00000000-0000-0000-0000-000000000101");
    static final UUID FACT = UUID.fromString("00000000-0000-0000-0000-000000000102");
    static final UUID SAME_FACT = UUID.fromString("00000000-0000-0000-0000-000000000103");
    static final UUID DATE = UUID.fromString("00000000-0000-0000-0000-000000000104");
    static final UUID PROMISE = UUID.fromString("00000000-0000-0000-0000-000000000105");
    static final UUID CIRCLE = UUID.fromString("00000000-0000-0000-0000-000000000106");
    static final CircleRef NAVY = new CircleRef(CIRCLE, "Navy", CircleColour.values()[0]);
    static final KeepInTouchRule COFFEE = new KeepInTouchRule("coffee", "Coffee", Period.ofMonths(3), null);
    static final ContactDetails GRACE = ContactDetails.named("Grace Hopper").withEmails("grace@navy.mil");
    static final ContactDetails GRACE_TOO = ContactDetails.named("Grace M. Hopper").withPhones("+1 212 555 0100");
    static final ContactDetails CHOSEN = ContactDetails.named("Grace Hopper").withEmails("grace@navy.mil").withPhones("+1 212 555 0100");

    FixtureConfiguration<Contact> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Contact.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        fixture.registerInjectableResource((OwnerZones) owner -> ZoneId.of("UTC"));
    }

    static MergedItems handedOver() {
        return new MergedItems(
                List.of(new MergedItems.Touch(TOUCH, InteractionType.CALL, TODAY.minusDays(3), Direction.GAVE, "Talked shop", true)),
                List.of(new Fact(FACT, "Kids", "Two daughters", null, EARLIER), new Fact(SAME_FACT, "Ship", "USS Hopper", null, EARLIER)),
                List.of(new MergedItems.Date(DATE, "Birthday", MonthDay.of(12, 9), 1906, 7)),
                List.of(new MergedItems.Promise(PROMISE, "Send the article", TODAY.plusDays(5))),
                List.of(KeepInTouchRule.cadence(Period.ofMonths(2))),
                List.of(CIRCLE),
                Set.of("touch:" + TODAY.plusDays(1), ReminderOccasion.followUpKey(PROMISE), "date:" + DATE + ":2026-12-09"));
    }

    static UUID copy(UUID original) {
        return TakeIn.copyId(MERGED, 1, original);
    }

    @Nested
    class MergingAway {

        @Test
        void handsOverWhatItHoldsAndIsArchivedAsMerged() {
            fixture.given(new ContactAdded(MERGED, OWNER, GRACE_TOO, EARLIER),
                            new InteractionLogged(MERGED, OWNER, TOUCH, InteractionType.CALL, TODAY.minusDays(3), Direction.GAVE, "Talked shop", EARLIER),
                            new ReplyAwaited(MERGED, OWNER, TOUCH, EARLIER),
                            new FactRecorded(MERGED, OWNER, FACT, "Kids", "Two daughters", null, EARLIER),
                            new FactRecorded(MERGED, OWNER, SAME_FACT, "Ship", "USS Hopper", null, EARLIER),
                            new ImportantDateAdded(MERGED, OWNER, DATE, "Birthday", MonthDay.of(12, 9), 1906, 7, EARLIER),
                            new FollowUpAdded(MERGED, OWNER, PROMISE, "Send the article", TODAY.plusDays(5), EARLIER),
                            new CadenceSet(MERGED, OWNER, Period.ofMonths(2), TODAY.minusDays(40), EARLIER),
                            new ReminderQueued(MERGED, OWNER, UUID.randomUUID(), List.of(ReminderOccasion.followUp(PROMISE, TODAY.plusDays(5), "Send")), EARLIER))
                    .when(new MergeInto(MERGED, OWNER, KEPT))
                    .expectEvents(new ContactMergedInto(MERGED, OWNER, KEPT, NOW), new ContactArchived(MERGED, OWNER, NOW));
        }

        @Test
        void handsOverEveryKindOfItem() {
            fixture.given(new ContactAdded(MERGED, OWNER, GRACE_TOO, EARLIER),
                            new InteractionLogged(MERGED, OWNER, TOUCH, InteractionType.CALL, TODAY.minusDays(3), Direction.GAVE, "Talked shop", EARLIER),
                            new ReplyAwaited(MERGED, OWNER, TOUCH, EARLIER),
                            new FactRecorded(MERGED, OWNER, FACT, "Kids", "Two daughters", null, EARLIER),
                            new ImportantDateAdded(MERGED, OWNER, DATE, "Birthday", MonthDay.of(12, 9), 1906, 7, EARLIER),
                            new FollowUpAdded(MERGED, OWNER, PROMISE, "Send the article", TODAY.plusDays(5), EARLIER),
                            new CadenceSet(MERGED, OWNER, Period.ofMonths(2), TODAY.minusDays(40), EARLIER),
                            new ReminderQueued(MERGED, OWNER, UUID.randomUUID(), List.of(ReminderOccasion.followUp(PROMISE, TODAY.plusDays(5), "Send")), EARLIER))
                    .when(new MergeInto(MERGED, OWNER, KEPT))
                    .expectResultMessagePayload(new MergedItems(
                            List.of(new MergedItems.Touch(TOUCH, InteractionType.CALL, TODAY.minusDays(3), Direction.GAVE, "Talked shop", true)),
                            List.of(new Fact(FACT, "Kids", "Two daughters", null, EARLIER)),
                            List.of(new MergedItems.Date(DATE, "Birthday", MonthDay.of(12, 9), 1906, 7)),
                            List.of(new MergedItems.Promise(PROMISE, "Send the article", TODAY.plusDays(5))),
                            List.of(KeepInTouchRule.cadence(Period.ofMonths(2))), List.of(),
                            Set.of(ReminderOccasion.followUpKey(PROMISE))));
        }

        @Test
        void handsOverKeptPromisesAndSnoozesAndLeavesItsCircles() {
            UUID kept = UUID.randomUUID();
            Instant keptAt = EARLIER.plus(Duration.ofDays(1));
            fixture.given(new ContactAdded(MERGED, OWNER, GRACE_TOO, EARLIER),
                            new FollowUpAdded(MERGED, OWNER, PROMISE, "Send the article", TODAY.plusDays(5), EARLIER),
                            new FollowUpAdded(MERGED, OWNER, kept, "Lend the book", TODAY.minusDays(30), EARLIER),
                            new FollowUpCompleted(MERGED, OWNER, kept, keptAt),
                            new CadenceSet(MERGED, OWNER, Period.ofMonths(2), TODAY.minusDays(40), EARLIER),
                            new TouchSnoozed(MERGED, OWNER, TODAY.plusDays(10), EARLIER, KeepInTouchRule.CADENCE),
                            new TouchSnoozed(MERGED, OWNER, TODAY.plusDays(20), EARLIER),
                            new CircleRulesApplied(MERGED, OWNER, NAVY, List.of(), TODAY.minusDays(40), Map.of(), EARLIER))
                    .when(new MergeInto(MERGED, OWNER, KEPT))
                    .expectEvents(new ContactMergedInto(MERGED, OWNER, KEPT, NOW, List.of(CIRCLE)), new ContactArchived(MERGED, OWNER, NOW))
                    .expectResultMessagePayload(new MergedItems(List.of(), List.of(), List.of(),
                            List.of(new MergedItems.Promise(PROMISE, "Send the article", TODAY.plusDays(5)),
                                    new MergedItems.Promise(kept, "Lend the book", TODAY.minusDays(30), keptAt))
                                    .stream().sorted(java.util.Comparator.comparing(MergedItems.Promise::followUpId)).toList(),
                            List.of(KeepInTouchRule.cadence(Period.ofMonths(2))), List.of(CIRCLE), Set.of(),
                            TODAY.plusDays(20), Map.of(KeepInTouchRule.CADENCE, TODAY.plusDays(10))));
        }

        @Test
        void anUndoTakesItBackIntoTheCirclesItLeft() {
            fixture.given(new ContactAdded(MERGED, OWNER, GRACE_TOO, EARLIER),
                            new ContactMergedInto(MERGED, OWNER, KEPT, EARLIER, List.of(CIRCLE)), new ContactArchived(MERGED, OWNER, EARLIER))
                    .when(new UndoMergeInto(MERGED, OWNER))
                    .expectEvents(new ContactUnmerged(MERGED, OWNER, KEPT, NOW, List.of(CIRCLE)), new ContactRestored(MERGED, OWNER, NOW));
        }

        @Test
        void refusesToMergeIntoItself() {
            fixture.given(new ContactAdded(MERGED, OWNER, GRACE_TOO, EARLIER))
                    .when(new MergeInto(MERGED, OWNER, MERGED))
                    .expectException(InvalidInputException.class)
                    .expectExceptionMessage(containsString("choose two different contacts"))
                    .expectNoEvents();
        }

        @Test
        void refusesAnArchivedContact() {
            fixture.given(new ContactAdded(MERGED, OWNER, GRACE_TOO, EARLIER), new ContactArchived(MERGED, OWNER, EARLIER))
                    .when(new MergeInto(MERGED, OWNER, KEPT))
                    .expectException(CommandRejectedException.class)
                    .expectExceptionMessage("Grace M. Hopper is archived: restore the contact before merging.")
                    .expectNoEvents();
        }

        @Test
        void refusesAContactMergedAlready() {
            fixture.given(new ContactAdded(MERGED, OWNER, GRACE_TOO, EARLIER), new ContactMergedInto(MERGED, OWNER, KEPT, EARLIER),
                            new ContactArchived(MERGED, OWNER, EARLIER))
                    .when(new MergeInto(MERGED, OWNER, UUID.randomUUID()))
                    .expectException(CommandRejectedException.class)
                    .expectExceptionMessage("Grace M. Hopper was already merged into another contact.")
                    .expectNoEvents();
        }

        @Test
        void hidesTheContactFromAnotherOwner() {
            fixture.given(new ContactAdded(MERGED, OWNER, GRACE_TOO, EARLIER))
                    .when(new MergeInto(MERGED, "mallory", KEPT))
                    .expectException(UnknownContactException.class)
                    .expectNoEvents();
        }

        @Test
        void aMergedContactTakesNoTouch() {
            fixture.given(new ContactAdded(MERGED, OWNER, GRACE_TOO, EARLIER), new ContactMergedInto(MERGED, OWNER, KEPT, EARLIER),
                            new ContactArchived(MERGED, OWNER, EARLIER))
                    .when(new LogInteraction(MERGED, OWNER, UUID.randomUUID(), InteractionType.CALL, TODAY, Direction.NEUTRAL, null))
                    .expectException(CommandRejectedException.class)
                    .expectExceptionMessage(containsString("was merged into another contact"));
        }

        @Test
        void aMergedContactIsRestoredOnlyByUndoingTheMerge() {
            fixture.given(new ContactAdded(MERGED, OWNER, GRACE_TOO, EARLIER), new ContactMergedInto(MERGED, OWNER, KEPT, EARLIER),
                            new ContactArchived(MERGED, OWNER, EARLIER))
                    .when(new RestoreContact(MERGED, OWNER))
                    .expectException(CommandRejectedException.class)
                    .expectExceptionMessage(containsString("undo the merge"))
                    .expectNoEvents();
        }
    }

    @Nested
    class TakingIn {

        @Test
        void recordsTheMergeThenTakesTheChosenDetailsAndCopiesOfWhatItLacks() {
            UUID ownShip = UUID.randomUUID();
            fixture.given(new ContactAdded(KEPT, OWNER, GRACE, EARLIER),
                            new FactRecorded(KEPT, OWNER, ownShip, "ship", "uss hopper", null, EARLIER))
                    .when(new TakeInMerged(KEPT, OWNER, MERGED, CHOSEN, handedOver()))
                    .expectEvents(
                            new DuplicateMergedIn(KEPT, OWNER, MERGED, List.of(copy(TOUCH)), List.of(copy(FACT)), List.of(copy(DATE)),
                                    List.of(copy(PROMISE)), List.of(KeepInTouchRule.CADENCE), List.of(CIRCLE),
                                    Set.of("touch:" + TODAY.plusDays(1), ReminderOccasion.followUpKey(copy(PROMISE)),
                                            "date:" + copy(DATE) + ":2026-12-09"), NOW),
                            new ContactDetailsChanged(KEPT, OWNER, CHOSEN, NOW),
                            new InteractionLogged(KEPT, OWNER, copy(TOUCH), InteractionType.CALL, TODAY.minusDays(3), Direction.GAVE,
                                    "Talked shop", NOW),
                            new ReplyAwaited(KEPT, OWNER, copy(TOUCH), NOW),
                            new FactRecorded(KEPT, OWNER, copy(FACT), "Kids", "Two daughters", null, EARLIER),
                            new ImportantDateAdded(KEPT, OWNER, copy(DATE), "Birthday", MonthDay.of(12, 9), 1906, 7, NOW),
                            new FollowUpAdded(KEPT, OWNER, copy(PROMISE), "Send the article", TODAY.plusDays(5), NOW),
                            new CadenceSet(KEPT, OWNER, Period.ofMonths(2), TODAY, null, NOW));
        }

        @Test
        void isNotRemindedAgainAboutWhatTheMergedContactWasRemindedAbout() {
            fixture.given(new ContactAdded(KEPT, OWNER, GRACE, EARLIER),
                            new DuplicateMergedIn(KEPT, OWNER, MERGED, List.of(), List.of(), List.of(), List.of(copy(PROMISE)), List.of(),
                                    List.of(), Set.of(ReminderOccasion.followUpKey(copy(PROMISE))), EARLIER),
                            new FollowUpAdded(KEPT, OWNER, copy(PROMISE), "Send the article", TODAY, EARLIER))
                    .when(new QueueReminder(KEPT, OWNER, List.of(ReminderOccasion.followUp(copy(PROMISE), TODAY, "Send the article"))))
                    .expectSuccessfulHandlerExecution()
                    .expectResultMessagePayload(null)
                    .expectNoEvents();
        }

        @Test
        void keepsItsOwnCadenceAndTheBirthdayItHasAlready() {
            fixture.given(new ContactAdded(KEPT, OWNER, GRACE, EARLIER),
                            new CadenceSet(KEPT, OWNER, Period.ofMonths(1), TODAY.minusDays(40), EARLIER),
                            new ImportantDateAdded(KEPT, OWNER, UUID.randomUUID(), "birthday", MonthDay.of(12, 9), null, 3, EARLIER))
                    .when(new TakeInMerged(KEPT, OWNER, MERGED, GRACE, new MergedItems(List.of(), List.of(),
                            List.of(new MergedItems.Date(DATE, "Birthday", MonthDay.of(12, 9), 1906, 7)), List.of(),
                            List.of(KeepInTouchRule.cadence(Period.ofMonths(2))), List.of(), Set.of())))
                    .expectEvents(new DuplicateMergedIn(KEPT, OWNER, MERGED, List.of(), List.of(), List.of(), List.of(), List.of(),
                            List.of(), Set.of(), NOW));
        }

        @Test
        void takesAKeptPromiseAsKeptAndTheLaterSnoozes() {
            UUID keptPromise = UUID.randomUUID();
            Instant keptAt = EARLIER.plus(Duration.ofDays(1));
            fixture.given(new ContactAdded(KEPT, OWNER, GRACE, EARLIER),
                            new KeepInTouchRuleSet(KEPT, OWNER, COFFEE, TODAY.minusDays(10), EARLIER),
                            new TouchSnoozed(KEPT, OWNER, TODAY.plusDays(3), EARLIER))
                    .when(new TakeInMerged(KEPT, OWNER, MERGED, GRACE, new MergedItems(List.of(), List.of(), List.of(),
                            List.of(new MergedItems.Promise(keptPromise, "Lend the book", TODAY.minusDays(30), keptAt)),
                            List.of(KeepInTouchRule.cadence(Period.ofMonths(2))), List.of(), Set.of(),
                            TODAY.plusDays(20), Map.of(KeepInTouchRule.CADENCE, TODAY.plusDays(10), COFFEE.ruleId(), TODAY.plusDays(9)))))
                    .expectEvents(new DuplicateMergedIn(KEPT, OWNER, MERGED, List.of(), List.of(), List.of(), List.of(copy(keptPromise)),
                                    List.of(KeepInTouchRule.CADENCE), List.of(), Set.of(), NOW, TODAY.plusDays(20)),
                            new FollowUpAdded(KEPT, OWNER, copy(keptPromise), "Lend the book", TODAY.minusDays(30), NOW),
                            new FollowUpCompleted(KEPT, OWNER, copy(keptPromise), keptAt),
                            new CadenceSet(KEPT, OWNER, Period.ofMonths(2), TODAY, null, NOW),
                            new TouchSnoozed(KEPT, OWNER, TODAY.plusDays(10), NOW, KeepInTouchRule.CADENCE),
                            new TouchSnoozed(KEPT, OWNER, TODAY.plusDays(20), NOW));
        }

        @Test
        void keepsItsOwnSnoozeWhenItRunsLaterAndDropsSnoozesThatHaveRunOut() {
            fixture.given(new ContactAdded(KEPT, OWNER, GRACE, EARLIER),
                            new CadenceSet(KEPT, OWNER, Period.ofMonths(1), TODAY.minusDays(40), EARLIER),
                            new TouchSnoozed(KEPT, OWNER, TODAY.plusDays(30), EARLIER))
                    .when(new TakeInMerged(KEPT, OWNER, MERGED, GRACE, new MergedItems(List.of(), List.of(), List.of(), List.of(),
                            List.of(COFFEE), List.of(), Set.of(), TODAY.plusDays(20), Map.of(COFFEE.ruleId(), TODAY))))
                    .expectEvents(new DuplicateMergedIn(KEPT, OWNER, MERGED, List.of(), List.of(), List.of(), List.of(),
                                    List.of(COFFEE.ruleId()), List.of(), Set.of(), NOW, null),
                            new KeepInTouchRuleSet(KEPT, OWNER, COFFEE, TODAY, NOW));
        }

        @Test
        void aBirthdayBothHadIsNotRemindedAboutTwice() {
            UUID ownBirthday = UUID.fromString("00000000-0000-0000-0000-000000000201");
            String remindedKey = ReminderOccasion.importantDate(DATE, LocalDate.of(2026, 12, 9), "Birthday").key();
            fixture.given(new ContactAdded(KEPT, OWNER, GRACE, EARLIER),
                            new ImportantDateAdded(KEPT, OWNER, ownBirthday, "birthday", MonthDay.of(12, 9), null, 3, EARLIER))
                    .when(new TakeInMerged(KEPT, OWNER, MERGED, GRACE, new MergedItems(List.of(), List.of(),
                            List.of(new MergedItems.Date(DATE, "Birthday", MonthDay.of(12, 9), 1906, 7)), List.of(), List.of(),
                            List.of(), Set.of(remindedKey))))
                    .expectEvents(new DuplicateMergedIn(KEPT, OWNER, MERGED, List.of(), List.of(), List.of(), List.of(), List.of(),
                            List.of(), Set.of(ReminderOccasion.importantDate(ownBirthday, LocalDate.of(2026, 12, 9), "Birthday").key()), NOW));
        }

        @Test
        void refusesWhenTheKeptContactIsArchived() {
            fixture.given(new ContactAdded(KEPT, OWNER, GRACE, EARLIER), new ContactArchived(KEPT, OWNER, EARLIER))
                    .when(new TakeInMerged(KEPT, OWNER, MERGED, CHOSEN, handedOver()))
                    .expectException(CommandRejectedException.class)
                    .expectExceptionMessage("Grace Hopper is archived: restore the contact before merging.")
                    .expectNoEvents();
        }

        @Test
        void refusesDetailsThatAreNotValid() {
            fixture.given(new ContactAdded(KEPT, OWNER, GRACE, EARLIER))
                    .when(new TakeInMerged(KEPT, OWNER, MERGED, ContactDetails.named(" "), handedOver()))
                    .expectException(InvalidInputException.class)
                    .expectNoEvents();
        }
    }

    @Nested
    class Undoing {

        @Test
        void theMergedContactComesBackAndNamesTheKeptOne() {
            fixture.given(new ContactAdded(MERGED, OWNER, GRACE_TOO, EARLIER), new ContactMergedInto(MERGED, OWNER, KEPT, EARLIER),
                            new ContactArchived(MERGED, OWNER, EARLIER))
                    .when(new UndoMergeInto(MERGED, OWNER))
                    .expectEvents(new ContactUnmerged(MERGED, OWNER, KEPT, NOW), new ContactRestored(MERGED, OWNER, NOW))
                    .expectResultMessagePayload(KEPT);
        }

        @Test
        void refusesAContactThatIsNotMerged() {
            fixture.given(new ContactAdded(MERGED, OWNER, GRACE_TOO, EARLIER))
                    .when(new UndoMergeInto(MERGED, OWNER))
                    .expectException(CommandRejectedException.class)
                    .expectExceptionMessage(containsString("is not merged into another contact"))
                    .expectNoEvents();
        }

        @Test
        void theKeptContactDropsTheCopiesStillThereAndGetsItsDetailsBack() {
            UUID ownTouch = UUID.randomUUID();
            fixture.given(new ContactAdded(KEPT, OWNER, GRACE, EARLIER),
                            new DuplicateMergedIn(KEPT, OWNER, MERGED, List.of(copy(TOUCH)), List.of(copy(FACT)), List.of(copy(DATE)),
                                    List.of(copy(PROMISE)), List.of(KeepInTouchRule.CADENCE), List.of(CIRCLE), Set.of(), EARLIER),
                            new ContactDetailsChanged(KEPT, OWNER, CHOSEN, EARLIER),
                            new InteractionLogged(KEPT, OWNER, copy(TOUCH), InteractionType.CALL, TODAY.minusDays(3), Direction.GAVE, null, EARLIER),
                            new FactRecorded(KEPT, OWNER, copy(FACT), "Kids", "Two daughters", null, EARLIER),
                            new ImportantDateAdded(KEPT, OWNER, copy(DATE), "Birthday", MonthDay.of(12, 9), 1906, 7, EARLIER),
                            new FollowUpAdded(KEPT, OWNER, copy(PROMISE), "Send the article", TODAY.plusDays(5), EARLIER),
                            new CadenceSet(KEPT, OWNER, Period.ofMonths(2), TODAY.minusDays(40), null, EARLIER),
                            new FactRemoved(KEPT, OWNER, copy(FACT), EARLIER),
                            new InteractionLogged(KEPT, OWNER, ownTouch, InteractionType.EMAIL, TODAY.minusDays(1), Direction.NEUTRAL, null, EARLIER))
                    .when(new GiveBackMerged(KEPT, OWNER, MERGED))
                    .expectEvents(new InteractionRemoved(KEPT, OWNER, copy(TOUCH), NOW),
                            new ImportantDateRemoved(KEPT, OWNER, copy(DATE), NOW),
                            new FollowUpRemoved(KEPT, OWNER, copy(PROMISE), NOW),
                            new CadenceCleared(KEPT, OWNER, NOW),
                            new ContactDetailsChanged(KEPT, OWNER, GRACE, NOW),
                            new DuplicateMergeUndone(KEPT, OWNER, MERGED, List.of(CIRCLE), NOW));
        }

        @Test
        void theKeptContactDropsTheKeptPromiseCopyAndGetsItsSnoozeBack() {
            UUID keptPromise = UUID.randomUUID();
            fixture.given(new ContactAdded(KEPT, OWNER, GRACE, EARLIER),
                            new KeepInTouchRuleSet(KEPT, OWNER, COFFEE, TODAY.minusDays(10), EARLIER),
                            new TouchSnoozed(KEPT, OWNER, TODAY.plusDays(3), EARLIER),
                            new DuplicateMergedIn(KEPT, OWNER, MERGED, List.of(), List.of(), List.of(), List.of(copy(keptPromise)),
                                    List.of(), List.of(), Set.of(), EARLIER, TODAY.plusDays(20)),
                            new FollowUpAdded(KEPT, OWNER, copy(keptPromise), "Lend the book", TODAY.minusDays(30), EARLIER),
                            new FollowUpCompleted(KEPT, OWNER, copy(keptPromise), EARLIER),
                            new TouchSnoozed(KEPT, OWNER, TODAY.plusDays(20), EARLIER))
                    .when(new GiveBackMerged(KEPT, OWNER, MERGED))
                    .expectEvents(new FollowUpRemoved(KEPT, OWNER, copy(keptPromise), NOW),
                            new TouchSnoozed(KEPT, OWNER, TODAY.plusDays(3), NOW),
                            new DuplicateMergeUndone(KEPT, OWNER, MERGED, List.of(), NOW));
        }

        @Test
        void aPromiseKeptSinceTheMergeStays() {
            fixture.given(new ContactAdded(KEPT, OWNER, GRACE, EARLIER),
                            new DuplicateMergedIn(KEPT, OWNER, MERGED, List.of(), List.of(), List.of(), List.of(copy(PROMISE)),
                                    List.of(), List.of(), Set.of(), EARLIER),
                            new FollowUpAdded(KEPT, OWNER, copy(PROMISE), "Send the article", TODAY.plusDays(5), EARLIER),
                            new FollowUpCompleted(KEPT, OWNER, copy(PROMISE), EARLIER.plus(Duration.ofDays(2))))
                    .when(new GiveBackMerged(KEPT, OWNER, MERGED))
                    .expectEvents(new DuplicateMergeUndone(KEPT, OWNER, MERGED, List.of(), NOW));
        }

        @Test
        void aContactNotSnoozedBeforeTheMergeIsNotSnoozedAfterTheUndoButItsRulesOwnSnoozesStay() {
            fixture.given(new ContactAdded(KEPT, OWNER, GRACE, EARLIER),
                            new KeepInTouchRuleSet(KEPT, OWNER, COFFEE, TODAY.minusDays(10), EARLIER),
                            new TouchSnoozed(KEPT, OWNER, TODAY.plusDays(5), EARLIER, COFFEE.ruleId()),
                            new DuplicateMergedIn(KEPT, OWNER, MERGED, List.of(), List.of(), List.of(), List.of(),
                                    List.of(), List.of(), Set.of(), EARLIER, TODAY.plusDays(20)),
                            new TouchSnoozed(KEPT, OWNER, TODAY.plusDays(20), EARLIER))
                    .when(new GiveBackMerged(KEPT, OWNER, MERGED))
                    .expectEvents(new SnoozeStopped(KEPT, OWNER, NOW),
                            new TouchSnoozed(KEPT, OWNER, TODAY.plusDays(5), NOW, COFFEE.ruleId()),
                            new DuplicateMergeUndone(KEPT, OWNER, MERGED, List.of(), NOW));
        }

        @Test
        void aSnoozeChangedSinceTheMergeStays() {
            fixture.given(new ContactAdded(KEPT, OWNER, GRACE, EARLIER),
                            new KeepInTouchRuleSet(KEPT, OWNER, COFFEE, TODAY.minusDays(10), EARLIER),
                            new DuplicateMergedIn(KEPT, OWNER, MERGED, List.of(), List.of(), List.of(), List.of(),
                                    List.of(), List.of(), Set.of(), EARLIER, TODAY.plusDays(20)),
                            new TouchSnoozed(KEPT, OWNER, TODAY.plusDays(20), EARLIER),
                            new TouchSnoozed(KEPT, OWNER, TODAY.plusDays(40), EARLIER))
                    .when(new GiveBackMerged(KEPT, OWNER, MERGED))
                    .expectEvents(new DuplicateMergeUndone(KEPT, OWNER, MERGED, List.of(), NOW));
        }

        @Test
        void refusesWhenNothingWasMergedIn() {
            fixture.given(new ContactAdded(KEPT, OWNER, GRACE, EARLIER))
                    .when(new GiveBackMerged(KEPT, OWNER, MERGED))
                    .expectException(CommandRejectedException.class)
                    .expectExceptionMessage("That contact is not merged into Grace Hopper.")
                    .expectNoEvents();
        }

        @Test
        void refusesWhileTheKeptContactIsItselfMergedIntoAThird() {
            fixture.given(new ContactAdded(KEPT, OWNER, GRACE, EARLIER),
                            new DuplicateMergedIn(KEPT, OWNER, MERGED, List.of(), List.of(), List.of(), List.of(), List.of(),
                                    List.of(), Set.of(), EARLIER),
                            new ContactMergedInto(KEPT, OWNER, UUID.randomUUID(), EARLIER), new ContactArchived(KEPT, OWNER, EARLIER))
                    .when(new GiveBackMerged(KEPT, OWNER, MERGED))
                    .expectException(CommandRejectedException.class)
                    .expectExceptionMessage("Grace Hopper was merged into another contact since: undo that merge first.")
                    .expectNoEvents();
        }

        @Test
        void aSecondMergeOfTheSameContactGetsCopiesOfItsOwn() {
            fixture.given(new ContactAdded(KEPT, OWNER, GRACE, EARLIER),
                            new DuplicateMergedIn(KEPT, OWNER, MERGED, List.of(copy(TOUCH)), List.of(), List.of(), List.of(), List.of(),
                                    List.of(), Set.of(), EARLIER),
                            new InteractionLogged(KEPT, OWNER, copy(TOUCH), InteractionType.CALL, TODAY.minusDays(3), Direction.GAVE, null, EARLIER),
                            new InteractionRemoved(KEPT, OWNER, copy(TOUCH), EARLIER),
                            new DuplicateMergeUndone(KEPT, OWNER, MERGED, List.of(), EARLIER))
                    .when(new TakeInMerged(KEPT, OWNER, MERGED, GRACE, new MergedItems(List.of(new MergedItems.Touch(TOUCH,
                            InteractionType.CALL, TODAY.minusDays(3), Direction.GAVE, null, false)), null, null, null, null, null, null)))
                    .expectEvents(new DuplicateMergedIn(KEPT, OWNER, MERGED, List.of(TakeIn.copyId(MERGED, 2, TOUCH)), List.of(), List.of(),
                                    List.of(), List.of(), List.of(), Set.of(), NOW),
                            new InteractionLogged(KEPT, OWNER, TakeIn.copyId(MERGED, 2, TOUCH), InteractionType.CALL, TODAY.minusDays(3),
                                    Direction.GAVE, null, NOW));
        }
    }

    @Nested
    class NotDuplicates {

        @Test
        void recordsThePairOnce() {
            UUID other = UUID.randomUUID();
            fixture.given(new ContactAdded(KEPT, OWNER, GRACE, EARLIER))
                    .when(new MarkNotDuplicate(KEPT, OWNER, other))
                    .expectEvents(new NotDuplicateMarked(KEPT, OWNER, other, NOW));
        }

        @Test
        void recordsNothingTheSecondTime() {
            UUID other = UUID.randomUUID();
            fixture.given(new ContactAdded(KEPT, OWNER, GRACE, EARLIER), new NotDuplicateMarked(KEPT, OWNER, other, EARLIER))
                    .when(new MarkNotDuplicate(KEPT, OWNER, other))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void refusesTheContactItself() {
            fixture.given(new ContactAdded(KEPT, OWNER, GRACE, EARLIER))
                    .when(new MarkNotDuplicate(KEPT, OWNER, KEPT))
                    .expectException(InvalidInputException.class)
                    .expectNoEvents();
        }
    }
}
