package app.touchbase.contact.write;

import app.touchbase.cadence.api.CadenceCleared;
import app.touchbase.cadence.api.CadenceSet;
import app.touchbase.cadence.api.ClearCadence;
import app.touchbase.cadence.api.ClearKeepInTouchRule;
import app.touchbase.cadence.api.KeepInTouchRule;
import app.touchbase.cadence.api.KeepInTouchRuleCleared;
import app.touchbase.cadence.api.KeepInTouchRuleSet;
import app.touchbase.cadence.api.SetCadence;
import app.touchbase.cadence.api.SetKeepInTouchRule;
import app.touchbase.cadence.api.SnoozeTouch;
import app.touchbase.cadence.api.TouchSnoozed;
import app.touchbase.contact.api.AddContact;
import app.touchbase.contact.api.ArchiveContact;
import app.touchbase.contact.api.ContactAdded;
import app.touchbase.contact.api.ContactArchived;
import app.touchbase.contact.api.ContactDetails;
import app.touchbase.contact.api.ContactDetailsChanged;
import app.touchbase.contact.api.ContactRestored;
import app.touchbase.contact.api.FactRecorded;
import app.touchbase.contact.api.PhoneNumber;
import app.touchbase.contact.api.RecordFact;
import app.touchbase.contact.api.RestoreContact;
import app.touchbase.contact.api.UpdateContactDetails;
import app.touchbase.interaction.api.CorrectInteraction;
import app.touchbase.interaction.api.Direction;
import app.touchbase.interaction.api.InteractionCorrected;
import app.touchbase.interaction.api.InteractionLogged;
import app.touchbase.interaction.api.InteractionRemoved;
import app.touchbase.interaction.api.InteractionType;
import app.touchbase.interaction.api.LogInteraction;
import app.touchbase.interaction.api.MarkReplied;
import app.touchbase.interaction.api.RemoveInteraction;
import app.touchbase.interaction.api.Reply;
import app.touchbase.interaction.api.ReplyAwaited;
import app.touchbase.interaction.api.ReplyReceived;
import app.touchbase.shared.OwnerZones;
import app.touchbase.shared.api.CommandRejectedException;
import app.touchbase.shared.api.InvalidInputException;
import app.touchbase.shared.api.UnknownContactException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.hamcrest.Matchers.containsString;

class ContactAggregateTest {

    static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    /** NOW in the owner's zone (New York, five hours behind UTC). */
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    static final ZoneId OWNER_ZONE = ZoneId.of("America/New_York");
    static final String OWNER = "ada";
    static final UUID CONTACT = UUID.fromString("00000000-0000-0000-0000-000000000001");
    static final UUID INTERACTION = UUID.fromString("00000000-0000-0000-0000-0000000000aa");
    static final ContactDetails GRACE = ContactDetails.named("Grace Hopper").withEmails("grace@navy.mil")
            .withCompany("US Navy", "Rear admiral").withTags("Mentor");

    FixtureConfiguration<Contact> fixture;
    /** Where the owner lives: a test may move them. */
    ZoneId ownerZone = OWNER_ZONE;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Contact.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        fixture.registerInjectableResource((OwnerZones) owner -> OWNER.equals(owner) ? ownerZone : ZoneOffset.UTC);
    }

    ContactAdded added() {
        return new ContactAdded(CONTACT, OWNER, GRACE, NOW.minus(Duration.ofDays(30)));
    }

    InteractionLogged logged(UUID id, LocalDate on) {
        return new InteractionLogged(CONTACT, OWNER, id, InteractionType.CALL, on, Direction.NEUTRAL, null, NOW);
    }

    @Nested
    class AddingAContact {

        @Test
        void recordsWhoTheContactIsAndWhenTheyWereAdded() {
            fixture.givenNoPriorActivity()
                    .when(new AddContact(CONTACT, OWNER, GRACE))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new ContactAdded(CONTACT, OWNER, GRACE, NOW));
        }

        @Test
        void normalisesTextAndTags() {
            ContactDetails messy = new ContactDetails("  Grace  ", List.of(" g@example.com ", ""), null, " ", null, null, null,
                    List.of("Mentor", "mentor ", "NAVY"));
            fixture.givenNoPriorActivity()
                    .when(new AddContact(CONTACT, OWNER, messy))
                    .expectEvents(new ContactAdded(CONTACT, OWNER,
                            new ContactDetails("Grace", List.of("g@example.com"), List.of(), null, null, null, null,
                                    List.of("mentor", "navy")), NOW));
        }

        @Test
        void keepsPostalAddressesLineByLineWithoutBlankLinesOrRepeats() {
            ContactDetails messy = ContactDetails.named("Grace").withAddresses("  1 Navy Way \r\n\r\n  Arlington, VA  ", "",
                    "1 Navy Way\nArlington, VA", "Work: 1000 Navy Pentagon\nWashington, DC");
            fixture.givenNoPriorActivity()
                    .when(new AddContact(CONTACT, OWNER, messy))
                    .expectEvents(new ContactAdded(CONTACT, OWNER, ContactDetails.named("Grace")
                            .withAddresses("1 Navy Way\nArlington, VA", "Work: 1000 Navy Pentagon\nWashington, DC"), NOW));
        }

        @Test
        void refusesTooManyOrOverlongPostalAddresses() {
            String[] eleven = java.util.stream.IntStream.rangeClosed(1, ContactDetails.MAX_ADDRESSES + 1)
                    .mapToObj(n -> n + " Main Street").toArray(String[]::new);
            fixture.givenNoPriorActivity()
                    .when(new AddContact(CONTACT, OWNER, ContactDetails.named("Grace").withAddresses(eleven)))
                    .expectException(InvalidInputException.class)
                    .expectExceptionMessage("At most 10 postal addresses allowed, got 11.")
                    .expectNoEvents();
            fixture.givenNoPriorActivity()
                    .when(new AddContact(CONTACT, OWNER, ContactDetails.named("Grace").withAddresses("Home", "x".repeat(501))))
                    .expectException(InvalidInputException.class)
                    .expectExceptionMessage("Postal address 2 is too long: 501 characters, at most 500 allowed.")
                    .expectNoEvents();
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "   "})
        void refusesAnEmptyName(String name) {
            fixture.givenNoPriorActivity()
                    .when(new AddContact(CONTACT, OWNER, ContactDetails.named(name)))
                    .expectException(InvalidInputException.class)
                    .expectExceptionMessage("Name must not be empty.")
                    .expectNoEvents();
        }

        @ParameterizedTest
        @ValueSource(strings = {"grace", "grace@", "@navy.mil", "grace hopper@navy.mil", "grace@navy.nosuchtld"})
        void refusesAMalformedEmail(String email) {
            fixture.givenNoPriorActivity()
                    .when(new AddContact(CONTACT, OWNER, ContactDetails.named("Grace").withEmails(email)))
                    .expectException(InvalidInputException.class)
                    .expectExceptionMessage(containsString("is not a valid email address"))
                    .expectNoEvents();
        }

        @Test
        void refusesSomethingThatIsNotAPhoneNumber() {
            ContactDetails details = new ContactDetails("Grace", List.of(), List.of("call me maybe"), null, null, null, null, List.of());
            fixture.givenNoPriorActivity()
                    .when(new AddContact(CONTACT, OWNER, details))
                    .expectException(InvalidInputException.class)
                    .expectExceptionMessage(containsString("is not a phone number"))
                    .expectNoEvents();
        }

        @Test
        void refusesAnOverlongName() {
            fixture.givenNoPriorActivity()
                    .when(new AddContact(CONTACT, OWNER, ContactDetails.named("x".repeat(201))))
                    .expectException(InvalidInputException.class)
                    .expectExceptionMessage(containsString("at most 200"));
        }
    }

    @Nested
    class ChangingDetails {

        @Test
        void recordsTheNewDetails() {
            ContactDetails moved = GRACE.withCompany("Digital Equipment", "Consultant");
            fixture.given(added())
                    .when(new UpdateContactDetails(CONTACT, OWNER, moved))
                    .expectEvents(new ContactDetailsChanged(CONTACT, OWNER, moved, NOW));
        }

        @Test
        void recordsNothingWhenNothingChanged() {
            fixture.given(added())
                    .when(new UpdateContactDetails(CONTACT, OWNER, GRACE))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void hidesTheContactFromAnotherOwner() {
            fixture.given(added())
                    .when(new UpdateContactDetails(CONTACT, "mallory", GRACE.withCompany("Evil", null)))
                    .expectException(UnknownContactException.class)
                    .expectNoEvents();
        }
    }

    @Nested
    class Facts {

        @Test
        void recordsAFactWithItsTopicAndDay() {
            UUID fact = UUID.randomUUID();
            LocalDate trip = LocalDate.of(2027, 3, 1);
            fixture.given(added())
                    .when(new RecordFact(CONTACT, OWNER, fact, "Trip", " Going to Japan in March ", trip))
                    .expectEvents(new FactRecorded(CONTACT, OWNER, fact, "Trip", "Going to Japan in March", trip, NOW));
        }

        @Test
        void refusesAnEmptyFact() {
            fixture.given(added())
                    .when(new RecordFact(CONTACT, OWNER, UUID.randomUUID(), "Kids", " ", null))
                    .expectException(InvalidInputException.class)
                    .expectExceptionMessage("The fact must not be empty.");
        }
    }

    @Nested
    class Interactions {

        @Test
        void logsATouchInThePastWithANeutralDirectionByDefault() {
            LocalDate lastWeek = TODAY.minusDays(7);
            fixture.given(added())
                    .when(new LogInteraction(CONTACT, OWNER, INTERACTION, InteractionType.COFFEE_OR_LUNCH, lastWeek, null, " Talked about her kids "))
                    .expectEvents(new InteractionLogged(CONTACT, OWNER, INTERACTION, InteractionType.COFFEE_OR_LUNCH,
                            lastWeek, Direction.NEUTRAL, "Talked about her kids", NOW));
        }

        @Test
        void refusesATouchInTheFuture() {
            fixture.given(added())
                    .when(new LogInteraction(CONTACT, OWNER, INTERACTION, InteractionType.CALL, TODAY.plusDays(1), null, null))
                    .expectException(InvalidInputException.class)
                    .expectExceptionMessage(containsString("in the future"))
                    .expectNoEvents();
        }

        @Test
        void todayIsTheOwnersToday() {
            FixtureConfiguration<Contact> farEast = new AggregateTestFixture<>(Contact.class);
            farEast.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
            farEast.registerInjectableResource((OwnerZones) owner -> ZoneId.of("Pacific/Kiritimati"));
            farEast.given(added())
                    .when(new LogInteraction(CONTACT, OWNER, INTERACTION, InteractionType.CALL, TODAY.plusDays(1), null, null))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new InteractionLogged(CONTACT, OWNER, INTERACTION, InteractionType.CALL, TODAY.plusDays(1),
                            Direction.NEUTRAL, null, NOW));
        }

        @Test
        void refusesATouchWithoutAType() {
            fixture.given(added())
                    .when(new LogInteraction(CONTACT, OWNER, INTERACTION, null, TODAY, null, null))
                    .expectException(InvalidInputException.class)
                    .expectExceptionMessage("The kind of interaction is required.");
        }

        @Test
        void aTouchCanAwaitTheirReplyAndALaterOneBeTheReply() {
            UUID answer = UUID.randomUUID();
            fixture.given(added())
                    .when(new LogInteraction(CONTACT, OWNER, INTERACTION, InteractionType.EMAIL, TODAY, Direction.ASKED, null, Reply.AWAIT))
                    .expectEvents(new InteractionLogged(CONTACT, OWNER, INTERACTION, InteractionType.EMAIL, TODAY, Direction.ASKED, null, NOW),
                            new ReplyAwaited(CONTACT, OWNER, INTERACTION, NOW));
            fixture.given(added(), logged(INTERACTION, TODAY), new ReplyAwaited(CONTACT, OWNER, INTERACTION, NOW))
                    .when(new LogInteraction(CONTACT, OWNER, answer, InteractionType.EMAIL, TODAY, null, null, Reply.RECEIVED))
                    .expectEvents(new InteractionLogged(CONTACT, OWNER, answer, InteractionType.EMAIL, TODAY, Direction.NEUTRAL, null, NOW),
                            new ReplyReceived(CONTACT, OWNER, INTERACTION, NOW));
        }

        @Test
        void theyRepliedEndsEveryWaitAndIsRefusedWhenNothingIsAwaited() {
            UUID removed = UUID.randomUUID();
            fixture.given(added(), logged(INTERACTION, TODAY), new ReplyAwaited(CONTACT, OWNER, INTERACTION, NOW),
                            logged(removed, TODAY), new ReplyAwaited(CONTACT, OWNER, removed, NOW),
                            new InteractionRemoved(CONTACT, OWNER, removed, NOW))
                    .when(new MarkReplied(CONTACT, OWNER))
                    .expectEvents(new ReplyReceived(CONTACT, OWNER, INTERACTION, NOW));
            fixture.given(added(), logged(INTERACTION, TODAY), new ReplyAwaited(CONTACT, OWNER, INTERACTION, NOW),
                            new ReplyReceived(CONTACT, OWNER, INTERACTION, NOW))
                    .when(new MarkReplied(CONTACT, OWNER))
                    .expectException(CommandRejectedException.class)
                    .expectExceptionMessage("You are not waiting for a reply from " + GRACE.name() + ".")
                    .expectNoEvents();
        }

        @Test
        void refusesTheSameInteractionTwice() {
            fixture.given(added(), logged(INTERACTION, TODAY))
                    .when(new LogInteraction(CONTACT, OWNER, INTERACTION, InteractionType.CALL, TODAY, null, null))
                    .expectException(CommandRejectedException.class)
                    .expectNoEvents();
        }

        @Test
        void correctsALiveInteraction() {
            LocalDate yesterday = TODAY.minusDays(1);
            fixture.given(added(), logged(INTERACTION, TODAY))
                    .when(new CorrectInteraction(CONTACT, OWNER, INTERACTION, InteractionType.MEETING, yesterday, Direction.GAVE, "Intro to Ken"))
                    .expectEvents(new InteractionCorrected(CONTACT, OWNER, INTERACTION, InteractionType.MEETING, yesterday,
                            Direction.GAVE, "Intro to Ken", NOW));
        }

        @Test
        void removesAnInteractionOnlyOnce() {
            fixture.given(added(), logged(INTERACTION, TODAY), new InteractionRemoved(CONTACT, OWNER, INTERACTION, NOW))
                    .when(new RemoveInteraction(CONTACT, OWNER, INTERACTION))
                    .expectException(CommandRejectedException.class)
                    .expectExceptionMessage(containsString("not in Grace Hopper's history"));
        }

        @Test
        void removesALiveInteraction() {
            fixture.given(added(), logged(INTERACTION, TODAY))
                    .when(new RemoveInteraction(CONTACT, OWNER, INTERACTION))
                    .expectEvents(new InteractionRemoved(CONTACT, OWNER, INTERACTION, NOW));
        }

        @Test
        void cannotCorrectAnInteractionThatWasNeverLogged() {
            fixture.given(added())
                    .when(new CorrectInteraction(CONTACT, OWNER, INTERACTION, InteractionType.CALL, TODAY, null, null))
                    .expectException(CommandRejectedException.class);
        }
    }

    @Nested
    class Cadence {

        @Test
        void setsACadence() {
            fixture.given(added())
                    .when(new SetCadence(CONTACT, OWNER, Period.ofMonths(3)))
                    .expectEvents(new CadenceSet(CONTACT, OWNER, Period.ofMonths(3), TODAY, NOW));
        }

        @ParameterizedTest
        @ValueSource(strings = {"P0D", "P-1M", "P4Y", "P37M"})
        void refusesACadenceOutOfRange(String period) {
            fixture.given(added())
                    .when(new SetCadence(CONTACT, OWNER, Period.parse(period)))
                    .expectException(InvalidInputException.class)
                    .expectExceptionMessage(containsString("between one day and three years"))
                    .expectNoEvents();
        }

        @Test
        void settingTheSameCadenceAgainChangesNothing() {
            fixture.given(added(), new CadenceSet(CONTACT, OWNER, Period.ofMonths(3), TODAY, NOW))
                    .when(new SetCadence(CONTACT, OWNER, Period.ofMonths(3)))
                    .expectNoEvents();
        }

        @Test
        void clearsACadence() {
            fixture.given(added(), new CadenceSet(CONTACT, OWNER, Period.ofMonths(3), TODAY, NOW))
                    .when(new ClearCadence(CONTACT, OWNER))
                    .expectEvents(new CadenceCleared(CONTACT, OWNER, NOW));
        }

        @Test
        void snoozesTheNextTouch() {
            LocalDate nextMonth = TODAY.plusDays(30);
            fixture.given(added(), new CadenceSet(CONTACT, OWNER, Period.ofMonths(3), TODAY, NOW))
                    .when(new SnoozeTouch(CONTACT, OWNER, nextMonth))
                    .expectEvents(new TouchSnoozed(CONTACT, OWNER, nextMonth, NOW));
        }

        @Test
        void cannotSnoozeWithoutACadence() {
            fixture.given(added())
                    .when(new SnoozeTouch(CONTACT, OWNER, TODAY.plusDays(3)))
                    .expectException(CommandRejectedException.class)
                    .expectExceptionMessage(containsString("set a cadence first"));
        }

        @Test
        void cannotSnoozeIntoThePastOrForMoreThanAYear() {
            fixture.given(added(), new CadenceSet(CONTACT, OWNER, Period.ofMonths(3), TODAY, NOW))
                    .when(new SnoozeTouch(CONTACT, OWNER, TODAY))
                    .expectException(InvalidInputException.class)
                    .expectExceptionMessage("A snooze must end after today.");
            fixture.given(added(), new CadenceSet(CONTACT, OWNER, Period.ofMonths(3), TODAY, NOW))
                    .when(new SnoozeTouch(CONTACT, OWNER, TODAY.plusDays(400)))
                    .expectException(InvalidInputException.class)
                    .expectExceptionMessage(containsString("at most a year"));
        }
    }

    @Nested
    class Rules {

        final KeepInTouchRule lunch = new KeepInTouchRule("yearly-lunch", "Yearly lunch", Period.ofYears(1),
                Set.of(InteractionType.COFFEE_OR_LUNCH));

        @Test
        void addsARuleBesideTheCadenceOnceAndClearsIt() {
            fixture.given(added(), new CadenceSet(CONTACT, OWNER, Period.ofMonths(3), TODAY, NOW))
                    .when(new SetKeepInTouchRule(CONTACT, OWNER, lunch))
                    .expectEvents(new KeepInTouchRuleSet(CONTACT, OWNER, lunch, TODAY, NOW));
            fixture.given(added(), new KeepInTouchRuleSet(CONTACT, OWNER, lunch, TODAY, NOW))
                    .when(new SetKeepInTouchRule(CONTACT, OWNER, lunch))
                    .expectNoEvents();
            fixture.given(added(), new KeepInTouchRuleSet(CONTACT, OWNER, lunch, TODAY, NOW))
                    .when(new ClearKeepInTouchRule(CONTACT, OWNER, "yearly-lunch"))
                    .expectEvents(new KeepInTouchRuleCleared(CONTACT, OWNER, "yearly-lunch", NOW));
        }

        @Test
        void aRuleAloneCanBeSnoozed() {
            fixture.given(added(), new KeepInTouchRuleSet(CONTACT, OWNER, lunch, TODAY, NOW))
                    .when(new SnoozeTouch(CONTACT, OWNER, TODAY.plusDays(10)))
                    .expectEvents(new TouchSnoozed(CONTACT, OWNER, TODAY.plusDays(10), NOW));
        }

        @Test
        void refusesARuleThatTakesTheCadencesNameHasNoNameOrIsOneTooMany() {
            fixture.given(added())
                    .when(new SetKeepInTouchRule(CONTACT, OWNER, new KeepInTouchRule(KeepInTouchRule.CADENCE, "Plain", Period.ofMonths(1), Set.of())))
                    .expectException(InvalidInputException.class)
                    .expectExceptionMessage(containsString("set it as the cadence"));
            fixture.given(added())
                    .when(new SetKeepInTouchRule(CONTACT, OWNER, new KeepInTouchRule("x", " ", Period.ofMonths(1), Set.of())))
                    .expectException(InvalidInputException.class)
                    .expectExceptionMessage("The rule's name must not be empty.");
            List<Object> tenRules = new ArrayList<>(List.of(added()));
            for (int i = 0; i < KeepInTouchRule.MAX_RULES; i++) {
                tenRules.add(new KeepInTouchRuleSet(CONTACT, OWNER, new KeepInTouchRule("r" + i, "Rule " + i, Period.ofMonths(1), Set.of()), TODAY, NOW));
            }
            fixture.given(tenRules)
                    .when(new SetKeepInTouchRule(CONTACT, OWNER, lunch))
                    .expectException(InvalidInputException.class)
                    .expectExceptionMessage(containsString("at most 10 rules"))
                    .expectNoEvents();
        }
    }

    @Nested
    class Archive {

        @Test
        void archivesAndRestores() {
            fixture.given(added())
                    .when(new ArchiveContact(CONTACT, OWNER))
                    .expectEvents(new ContactArchived(CONTACT, OWNER, NOW));
            fixture.given(added(), new ContactArchived(CONTACT, OWNER, NOW))
                    .when(new RestoreContact(CONTACT, OWNER))
                    .expectEvents(new ContactRestored(CONTACT, OWNER, NOW));
        }

        @Test
        void archivingTwiceChangesNothing() {
            fixture.given(added(), new ContactArchived(CONTACT, OWNER, NOW))
                    .when(new ArchiveContact(CONTACT, OWNER))
                    .expectNoEvents();
        }

        @Test
        void anArchivedContactTakesNoNewTouches() {
            fixture.given(added(), new ContactArchived(CONTACT, OWNER, NOW))
                    .when(new LogInteraction(CONTACT, OWNER, INTERACTION, InteractionType.CALL, TODAY, null, null))
                    .expectException(CommandRejectedException.class)
                    .expectExceptionMessage("Grace Hopper is archived: restore the contact first.")
                    .expectNoEvents();
        }

        @Test
        void anotherOwnerCannotArchive() {
            fixture.given(added())
                    .when(new ArchiveContact(CONTACT, "mallory"))
                    .expectException(UnknownContactException.class);
        }
    }

    @Nested
    class ReadingPhoneNumbers {

        @ParameterizedTest(name = "{1} for an owner in {0}")
        @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
                Europe/London    | 020 7946 0958        | +442079460958 |
                America/New_York | (650) 253-0000       | +16502530000  |
                Europe/Berlin    | 030 123456           | +4930123456   |
                Asia/Tokyo       | 03-1234-5678         | +81312345678  |
                Asia/Tokyo       | +44 20 7946 0958     | +442079460958 |
                Europe/Berlin    | 030 123456 x7        | +4930123456   | 7
                UTC              | +1 650 253 0000 x123 | +16502530000  | 123
                """)
        void storesEachNumberInE164BesideTheTextAsWritten(String zone, String written, String e164, String extension) {
            ownerZone = ZoneId.of(zone);
            ContactDetails details = ContactDetails.named("Grace").withPhones(written);
            fixture.givenNoPriorActivity()
                    .when(new AddContact(CONTACT, OWNER, details))
                    .expectEvents(new ContactAdded(CONTACT, OWNER, details, List.of(new PhoneNumber(written, e164, extension)), NOW));
        }

        @Test
        void keepsANumberItCannotReadAsWritten() {
            ownerZone = ZoneOffset.UTC;
            ContactDetails details = ContactDetails.named("Grace").withPhones("020 7946 0958", "555-0100", "1234");
            fixture.givenNoPriorActivity()
                    .when(new AddContact(CONTACT, OWNER, details))
                    .expectEvents(new ContactAdded(CONTACT, OWNER, details, List.of(new PhoneNumber("020 7946 0958", null, null),
                            new PhoneNumber("555-0100", null, null), new PhoneNumber("1234", null, null)), NOW));
        }

        @Test
        void takesInvisibleMarksOutOfANumberPastedFromRightToLeftText() {
            ContactDetails pasted = ContactDetails.named("Grace").withPhones("\u200F+44 20 7946 0958\u200E");
            fixture.givenNoPriorActivity()
                    .when(new AddContact(CONTACT, OWNER, pasted))
                    .expectEvents(new ContactAdded(CONTACT, OWNER, ContactDetails.named("Grace").withPhones("+44 20 7946 0958"),
                            List.of(new PhoneNumber("+44 20 7946 0958", "+442079460958", null)), NOW));
        }

        @Test
        void changedDetailsHaveTheirNumbersReadToo() {
            ContactDetails withPhone = GRACE.withPhones("(650) 253-0000");
            fixture.given(added())
                    .when(new UpdateContactDetails(CONTACT, OWNER, withPhone))
                    .expectEvents(new ContactDetailsChanged(CONTACT, OWNER, withPhone,
                            List.of(new PhoneNumber("(650) 253-0000", "+16502530000", null)), NOW));
        }

        @Test
        void detailsSavedUnchangedAreReadAgainWhenTheOwnersRegionNowReadsThemOtherwise() {
            ContactDetails national = GRACE.withPhones("020 7946 0958");
            ContactAdded readWithoutRegion = new ContactAdded(CONTACT, OWNER, national, NOW.minus(Duration.ofDays(30)));
            ownerZone = ZoneId.of("Europe/London");
            fixture.given(readWithoutRegion)
                    .when(new UpdateContactDetails(CONTACT, OWNER, national))
                    .expectEvents(new ContactDetailsChanged(CONTACT, OWNER, national,
                            List.of(new PhoneNumber("020 7946 0958", "+442079460958", null)), NOW));
        }

        @Test
        void detailsSavedUnchangedWithTheirNumbersReadTheSameRecordNothing() {
            ContactDetails national = GRACE.withPhones("020 7946 0958");
            ownerZone = ZoneId.of("Europe/London");
            fixture.given(new ContactAdded(CONTACT, OWNER, national, PhoneNumber.readAll(national.phones(), "GB"), NOW))
                    .when(new UpdateContactDetails(CONTACT, OWNER, national))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void stillRefusesWhatIsNoPhoneNumberAtAll() {
            fixture.givenNoPriorActivity()
                    .when(new AddContact(CONTACT, OWNER, ContactDetails.named("Grace").withPhones("call me maybe")))
                    .expectException(InvalidInputException.class)
                    .expectExceptionMessage(containsString("not a phone number"));
        }
    }
}
