package app.touchbase.duplicates;

import app.touchbase.circle.api.CircleDetails;
import app.touchbase.circle.api.CircleSummary;
import app.touchbase.circle.api.CreateCircle;
import app.touchbase.circle.api.FetchCircle;
import app.touchbase.contact.api.ArchiveContact;
import app.touchbase.contact.api.ContactDetails;
import app.touchbase.contact.api.ContactMergedInto;
import app.touchbase.contact.api.ContactPage;
import app.touchbase.contact.api.ContactProfile;
import app.touchbase.contact.api.EraseContact;
import app.touchbase.contact.api.Fact;
import app.touchbase.contact.api.InteractionRecord;
import app.touchbase.contact.api.ListLoggedTouches;
import app.touchbase.contact.api.LoggedTouches;
import app.touchbase.contact.api.RecordFact;
import app.touchbase.contact.api.SearchContacts;
import app.touchbase.contact.api.TimelineEntry;
import app.touchbase.contact.api.TimelineKind;
import app.touchbase.duplicates.api.DismissDuplicatePair;
import app.touchbase.duplicates.api.DuplicatePair;
import app.touchbase.duplicates.api.DuplicatePairs;
import app.touchbase.duplicates.api.DuplicateReason;
import app.touchbase.duplicates.api.FetchMergedInto;
import app.touchbase.duplicates.api.ListDuplicates;
import app.touchbase.duplicates.api.MergeContacts;
import app.touchbase.duplicates.api.MergedInto;
import app.touchbase.duplicates.api.UndoMerge;
import app.touchbase.cadence.api.SnoozeTouch;
import app.touchbase.followup.api.AddFollowUp;
import app.touchbase.followup.api.CompleteFollowUp;
import app.touchbase.followup.api.FollowUp;
import app.touchbase.followup.api.ListOpenFollowUps;
import app.touchbase.followup.api.OpenFollowUps;
import app.touchbase.importantdate.api.AddImportantDate;
import app.touchbase.importantdate.api.ImportantDate;
import app.touchbase.importantdate.api.ImportantDates;
import app.touchbase.importantdate.api.ListContactDates;
import app.touchbase.interaction.api.InteractionType;
import app.touchbase.nexttouch.api.NextTouch;
import app.touchbase.nexttouch.api.TouchStatus;
import app.touchbase.shared.api.CommandRejectedException;
import app.touchbase.shared.api.InvalidInputException;
import app.touchbase.shared.api.UnknownContactException;
import app.touchbase.support.IntegrationTest;
import app.touchbase.support.MutableClock;
import app.touchbase.support.TestClockConfiguration;
import app.touchbase.support.Touchbase;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Finding, merging and unmerging duplicates through the real parts: both contacts, the circle, every read model. */
@IntegrationTest
class DuplicatesTest {

    static final ContactDetails GRACE = ContactDetails.named("Grace Hopper").withEmails("grace@navy.mil").withCompany("US Navy", null);
    static final ContactDetails GRACE_TOO = ContactDetails.named("Grace M. Hopper").withPhones("+1 212 555 0100")
            .withCompany("Yale", "Professor");
    static final ContactDetails CHOSEN = ContactDetails.named("Grace Hopper").withEmails("grace@navy.mil")
            .withPhones("+1 212 555 0100").withCompany("Yale", "Professor");

    @Autowired
    Touchbase touchbase;
    @Autowired
    MutableClock clock;
    @Autowired
    EventStore events;

    String owner;
    LocalDate today;

    @BeforeEach
    void setUp() {
        clock.set(TestClockConfiguration.START);
        owner = Touchbase.newOwner();
        today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    List<DuplicatePair> pairs(String who) {
        return touchbase.query(new ListDuplicates(who), DuplicatePairs.class).pairs();
    }

    Set<DuplicateReason> reasonsFor(List<DuplicatePair> pairs, UUID one, UUID other) {
        return pairs.stream().filter(pair -> pair.involves(one) && pair.involves(other)).findFirst()
                .map(pair -> Set.copyOf(pair.reasons())).orElse(Set.of());
    }

    void fact(UUID contactId, String topic, String text) {
        touchbase.send(new RecordFact(contactId, owner, UUID.randomUUID(), topic, text, null));
    }

    @Test
    void findsPairsBySameEmailPhoneLinkedInAndSimilarNamesButNotArchivedOrDismissedOnes() {
        UUID grace = touchbase.addContact(owner, ContactDetails.named("Grace Hopper").withEmails("grace@navy.mil"));
        UUID amazingGrace = touchbase.addContact(owner, ContactDetails.named("Amazing Grace").withEmails("GRACE@Navy.mil"));
        UUID alan = touchbase.addContact(owner, ContactDetails.named("Alan Turing").withPhones("+44 20 7946 0958"));
        UUID codebreaker = touchbase.addContact(owner, ContactDetails.named("The codebreaker").withPhones("020 7946 0958"));
        UUID linus = touchbase.addContact(owner, "Linus Torvalds");
        fact(linus, "LinkedIn", "https://www.linkedin.com/in/Linus-T/");
        UUID kernelGuy = touchbase.addContact(owner, "Kernel guy");
        fact(kernelGuy, null, "Profile at linkedin.com/in/linus-t");
        UUID katherine = touchbase.addContact(owner, "Katherine Johnson");
        UUID katherineTypo = touchbase.addContact(owner, "Katherine Jonson");
        UUID margaret = touchbase.addContact(owner, "Margaret Hamilton");
        UUID margaretReversed = touchbase.addContact(owner, "Hamilton, Margaret");
        UUID john = touchbase.addContact(owner, "John Smith");
        UUID jane = touchbase.addContact(owner, "Jane Smith");
        UUID archived = touchbase.addContact(owner, ContactDetails.named("Old Grace").withEmails("grace@navy.mil"));
        touchbase.send(new ArchiveContact(archived, owner));
        String someoneElse = Touchbase.newOwner();
        UUID elsewhere = touchbase.addContact(someoneElse, ContactDetails.named("Grace Hopper").withEmails("grace@navy.mil"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<DuplicatePair> pairs = pairs(owner);
            assertThat(reasonsFor(pairs, grace, amazingGrace)).containsExactly(DuplicateReason.SAME_EMAIL);
            assertThat(reasonsFor(pairs, alan, codebreaker)).containsExactly(DuplicateReason.SAME_PHONE);
            assertThat(reasonsFor(pairs, linus, kernelGuy)).containsExactly(DuplicateReason.SAME_LINKEDIN);
            assertThat(reasonsFor(pairs, katherine, katherineTypo)).containsExactly(DuplicateReason.SIMILAR_NAME);
            assertThat(reasonsFor(pairs, margaret, margaretReversed)).containsExactly(DuplicateReason.SAME_NAME);
            assertThat(reasonsFor(pairs, john, jane)).isEmpty();
            assertThat(pairs).noneMatch(pair -> pair.involves(archived) || pair.involves(elsewhere));
            assertThat(pairs).hasSize(5);
        });
        assertThat(pairs(someoneElse)).isEmpty();

        touchbase.send(new DismissDuplicatePair(owner, katherineTypo, katherine));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(reasonsFor(pairs(owner), katherine, katherineTypo)).isEmpty();
            assertThat(pairs(owner)).hasSize(4);
        });
    }

    @Test
    void aMergeMovesTouchesFactsDatesPromisesRulesAndCirclesAndAnUndoGivesThemBack() {
        UUID kept = touchbase.addContact(owner, GRACE);
        UUID keptTouch = touchbase.logInteraction(owner, kept, InteractionType.EMAIL, today.minusDays(5));
        UUID merged = touchbase.addContact(owner, GRACE_TOO);
        touchbase.setCadence(owner, merged, Period.ofMonths(1));
        UUID mergedTouch = touchbase.logInteraction(owner, merged, InteractionType.COFFEE_OR_LUNCH, today.minusDays(40));
        fact(merged, "Kids", "Two daughters");
        touchbase.send(new AddImportantDate(merged, owner, UUID.randomUUID(), "Birthday", MonthDay.of(12, 9), 1906, 7));
        touchbase.send(new AddFollowUp(merged, owner, UUID.randomUUID(), "Send the COBOL article", today.plusDays(5)));
        UUID navy = UUID.randomUUID();
        touchbase.send(new CreateCircle(navy, owner, CircleDetails.named("Navy friends"), List.of(merged)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(touchbase.due(owner).touches()).extracting(NextTouch::contactId).containsExactly(merged);
            assertThat(next(merged).circles()).isNotEmpty();
            assertThat(pairs(owner)).hasSize(1);
        });

        touchbase.send(new MergeContacts(owner, kept, merged, CHOSEN));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            ContactProfile profile = touchbase.contact(owner, kept).orElseThrow();
            assertThat(profile.contact().details()).isEqualTo(CHOSEN);
            assertThat(profile.interactions()).extracting(InteractionRecord::occurredOn)
                    .containsExactlyInAnyOrder(today.minusDays(5), today.minusDays(40));
            assertThat(profile.facts()).extracting(Fact::text).containsExactly("Two daughters");
            assertThat(profile.timeline()).extracting(TimelineEntry::kind)
                    .contains(TimelineKind.DUPLICATE_MERGED_IN, TimelineKind.INTERACTION_LOGGED, TimelineKind.FACT_RECORDED);
            assertThat(touchbase.query(new ListContactDates(owner, kept, today), ImportantDates.class).dates())
                    .extracting(ImportantDate::label).containsExactly("Birthday");
            assertThat(touchbase.query(new ListOpenFollowUps(owner, kept), OpenFollowUps.class).followUps())
                    .extracting(FollowUp::text).containsExactly("Send the COBOL article");
            assertThat(circle(navy).members()).contains(kept);
            NextTouch next = next(kept);
            assertThat(next.cadence()).isEqualTo(Period.ofMonths(1));
            assertThat(next.lastTouchOn()).as("the latest of both contacts' touches").isEqualTo(today.minusDays(5));
            assertThat(next.nextTouchOn()).isEqualTo(today.minusDays(5).plusMonths(1));
            assertThat(touchbase.due(owner).touches()).extracting(NextTouch::contactId).doesNotContain(merged, kept);
            assertThat(search("Hopper")).containsExactly(kept);
            assertThat(touchbase.contact(owner, merged).orElseThrow().contact().archived()).isTrue();
            assertThat(mergedInto(merged)).contains(new MergedInto(merged, kept, "Grace Hopper", clock.instant()));
            assertThat(pairs(owner)).isEmpty();
            assertThat(loggedTouches()).as("each touch counted once, on the kept contact")
                    .extracting(LoggedTouches.Touch::contactId).containsExactly(kept, kept);
        });
        ContactProfile mergedAway = touchbase.contact(owner, merged).orElseThrow();
        assertThat(mergedAway.timeline()).extracting(TimelineEntry::kind).contains(TimelineKind.MERGED_INTO);
        assertThat(mergedAway.facts()).extracting(Fact::text).as("its own history stays").containsExactly("Two daughters");
        assertThat(mergedAway.interactions()).extracting(InteractionRecord::interactionId).containsExactly(mergedTouch);

        touchbase.send(new UndoMerge(owner, merged));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            ContactProfile profile = touchbase.contact(owner, kept).orElseThrow();
            assertThat(profile.contact().details()).isEqualTo(GRACE);
            assertThat(profile.interactions()).extracting(InteractionRecord::interactionId).containsExactly(keptTouch);
            assertThat(profile.facts()).isEmpty();
            assertThat(touchbase.query(new ListContactDates(owner, kept, today), ImportantDates.class).dates()).isEmpty();
            assertThat(touchbase.query(new ListOpenFollowUps(owner, kept), OpenFollowUps.class).followUps()).isEmpty();
            assertThat(circle(navy).members()).containsExactly(merged);
            assertThat(next(kept).cadence()).isNull();
            assertThat(next(kept).rules()).isEmpty();
            assertThat(touchbase.due(owner).touches()).extracting(NextTouch::contactId).containsExactly(merged);
            assertThat(search("Hopper")).containsExactlyInAnyOrder(kept, merged);
            assertThat(mergedInto(merged)).isEmpty();
            assertThat(touchbase.query(new ListContactDates(owner, merged, today), ImportantDates.class).dates()).hasSize(1);
            assertThat(pairs(owner)).hasSize(1);
            assertThat(loggedTouches()).extracting(LoggedTouches.Touch::contactId).containsExactlyInAnyOrder(kept, merged);
        });
    }

    @Test
    void aMergeMovesKeptPromisesTheSnoozeAndCircleMembershipAndAnUndoPutsThemBack() {
        UUID kept = touchbase.addContact(owner, GRACE);
        UUID merged = touchbase.addContact(owner, GRACE_TOO);
        touchbase.setCadence(owner, merged, Period.ofMonths(1));
        touchbase.logInteraction(owner, merged, InteractionType.CALL, today.minusDays(40));
        touchbase.send(new SnoozeTouch(merged, owner, today.plusDays(20)));
        UUID promise = UUID.randomUUID();
        touchbase.send(new AddFollowUp(merged, owner, promise, "Lend the book", today.plusDays(2)));
        touchbase.send(new CompleteFollowUp(merged, owner, promise));
        UUID navy = UUID.randomUUID();
        UUID friend = touchbase.addContact(owner, "Alan Turing");
        touchbase.send(new CreateCircle(navy, owner, CircleDetails.named("Navy friends"), List.of(merged, friend)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(next(merged).circles()).isNotEmpty();
            assertThat(circle(navy).settledAll()).isTrue();
        });

        touchbase.send(new MergeContacts(owner, kept, merged, CHOSEN));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(circle(navy).members()).as("the merged contact left the circle").containsExactlyInAnyOrder(kept, friend);
            assertThat(circle(navy).settledAll()).isTrue();
            assertThat(next(merged).circles()).isEmpty();
            NextTouch keptNext = next(kept);
            assertThat(keptNext.snoozedUntil()).isEqualTo(today.plusDays(20));
            assertThat(keptNext.nextTouchOn()).isEqualTo(today.plusDays(20));
            assertThat(keptNext.inCircle(navy)).isTrue();
            assertThat(touchbase.contact(owner, kept).orElseThrow().timeline()).extracting(TimelineEntry::kind)
                    .contains(TimelineKind.FOLLOW_UP_COMPLETED);
            assertThat(touchbase.query(new ListOpenFollowUps(owner, kept), OpenFollowUps.class).followUps()).isEmpty();
            assertThat(searchInCircle(navy)).containsExactlyInAnyOrder(kept, friend);
        });
        assertThat(next(kept).status()).as("overdue by the merged contact's touches, but snoozed as it was").isEqualTo(TouchStatus.SNOOZED);

        touchbase.send(new UndoMerge(owner, merged));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(circle(navy).members()).as("back where it was").containsExactlyInAnyOrder(merged, friend);
            assertThat(next(merged).inCircle(navy)).isTrue();
            assertThat(next(merged).snoozedUntil()).isEqualTo(today.plusDays(20));
            assertThat(next(kept).snoozedUntil()).isNull();
            assertThat(next(kept).circles()).isEmpty();
            assertThat(touchbase.contact(owner, kept).orElseThrow().timeline()).extracting(TimelineEntry::kind)
                    .contains(TimelineKind.FOLLOW_UP_REMOVED);
            assertThat(searchInCircle(navy)).containsExactlyInAnyOrder(merged, friend);
        });
    }

    @Test
    void aMergeTheKeptContactRefusesStoresNothingForTheOther() {
        UUID kept = touchbase.addContact(owner, GRACE);
        touchbase.send(new ArchiveContact(kept, owner));
        UUID merged = touchbase.addContact(owner, GRACE_TOO);

        assertThatThrownBy(() -> touchbase.send(new MergeContacts(owner, kept, merged, CHOSEN)))
                .isInstanceOf(CommandRejectedException.class)
                .hasMessage("Grace Hopper is archived: restore the contact before merging.");

        assertThat(events.readEvents(merged.toString()).asStream().map(event -> event.getPayload()))
                .noneMatch(ContactMergedInto.class::isInstance).hasSize(1);
        UUID touch = touchbase.logInteraction(owner, merged, InteractionType.CALL, today);
        assertThat(touch).as("the contact not merged still takes a touch").isNotNull();
    }

    @Test
    void refusesToMergeAContactWithItselfOrOneMergedAlready() {
        UUID kept = touchbase.addContact(owner, GRACE);
        UUID merged = touchbase.addContact(owner, GRACE_TOO);
        assertThatThrownBy(() -> touchbase.send(new MergeContacts(owner, kept, kept, CHOSEN)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Choose two different contacts: that is the same contact twice.");
        assertThatThrownBy(() -> touchbase.send(new MergeContacts(owner, kept, merged, null)))
                .isInstanceOf(InvalidInputException.class);

        touchbase.send(new MergeContacts(owner, kept, merged, CHOSEN));

        assertThatThrownBy(() -> touchbase.send(new MergeContacts(owner, kept, merged, CHOSEN)))
                .isInstanceOf(CommandRejectedException.class)
                .hasMessage("Grace M. Hopper was already merged into another contact.");
        assertThatThrownBy(() -> touchbase.send(new MergeContacts(owner, merged, kept, CHOSEN)))
                .isInstanceOf(CommandRejectedException.class);
        assertThatThrownBy(() -> touchbase.send(new UndoMerge(owner, kept)))
                .isInstanceOf(CommandRejectedException.class)
                .hasMessage("Grace Hopper is not merged into another contact (was the merge undone already?).");
    }

    @Test
    void aMergeIntoAContactErasedSinceIsUndoneByBringingTheMergedOneBack() {
        UUID kept = touchbase.addContact(owner, GRACE);
        UUID merged = touchbase.addContact(owner, GRACE_TOO);
        fact(merged, "Kids", "Two daughters");
        touchbase.send(new MergeContacts(owner, kept, merged, CHOSEN));
        touchbase.send(new EraseContact(kept, owner, "Grace Hopper"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(touchbase.contact(owner, kept)).isEmpty());

        touchbase.send(new UndoMerge(owner, merged));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(search("Hopper")).containsExactly(merged);
            assertThat(touchbase.contact(owner, merged).orElseThrow().facts()).extracting(Fact::text).containsExactly("Two daughters");
            assertThat(mergedInto(merged)).isEmpty();
        });
    }

    @Test
    void anotherOwnerCanNeitherListNorMergeNorUndoNorDismiss() {
        UUID kept = touchbase.addContact(owner, GRACE);
        UUID merged = touchbase.addContact(owner, GRACE_TOO.withEmails("grace@navy.mil"));
        String mallory = Touchbase.newOwner();
        UUID mallorys = touchbase.addContact(mallory, GRACE);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(pairs(owner)).hasSize(1));
        long keptEvents = events.readEvents(kept.toString()).asStream().count();

        assertThat(pairs(mallory)).isEmpty();
        assertThatThrownBy(() -> touchbase.send(new MergeContacts(mallory, kept, merged, CHOSEN)))
                .isInstanceOf(UnknownContactException.class);
        assertThatThrownBy(() -> touchbase.send(new MergeContacts(mallory, mallorys, merged, CHOSEN)))
                .isInstanceOf(UnknownContactException.class);
        assertThatThrownBy(() -> touchbase.send(new MergeContacts(mallory, kept, mallorys, CHOSEN)))
                .isInstanceOf(UnknownContactException.class);
        assertThatThrownBy(() -> touchbase.send(new DismissDuplicatePair(mallory, kept, merged)))
                .isInstanceOf(UnknownContactException.class);
        assertThat(events.readEvents(mallorys.toString()).asStream().count()).as("Mallory's own contact is not merged").isEqualTo(1);

        touchbase.send(new MergeContacts(owner, kept, merged, CHOSEN));
        assertThatThrownBy(() -> touchbase.send(new UndoMerge(mallory, merged)))
                .isInstanceOf(UnknownContactException.class);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(mergedInto(merged)).isPresent());
        assertThat(touchbase.queryOptional(new FetchMergedInto(mallory, merged), MergedInto.class)).isEmpty();
        assertThat(events.readEvents(kept.toString()).asStream().count()).isGreaterThan(keptEvents);
    }

    NextTouch next(UUID contactId) {
        return touchbase.nextTouch(owner, contactId).orElseThrow(() -> new AssertionError("No next touch (yet)"));
    }

    CircleSummary circle(UUID circleId) {
        return touchbase.queryOptional(new FetchCircle(owner, circleId), CircleSummary.class).orElseThrow();
    }

    List<UUID> search(String text) {
        return touchbase.query(new SearchContacts(owner, text, null, false, 0, 50), ContactPage.class).contacts().stream()
                .map(contact -> contact.contactId()).collect(Collectors.toList());
    }

    List<UUID> searchInCircle(UUID circleId) {
        return touchbase.query(new SearchContacts(owner, null, null, circleId, false, true, 0, 50), ContactPage.class).contacts()
                .stream().map(contact -> contact.contactId()).collect(Collectors.toList());
    }

    List<LoggedTouches.Touch> loggedTouches() {
        return touchbase.query(new ListLoggedTouches(owner, today.minusDays(60), today), LoggedTouches.class).touches();
    }

    Optional<MergedInto> mergedInto(UUID contactId) {
        return touchbase.queryOptional(new FetchMergedInto(owner, contactId), MergedInto.class);
    }
}
