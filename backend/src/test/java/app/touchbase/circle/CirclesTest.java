package app.touchbase.circle;

import app.touchbase.cadence.api.CircleColour;
import app.touchbase.cadence.api.ClearKeepInTouchRule;
import app.touchbase.cadence.api.KeepInTouchRule;
import app.touchbase.cadence.api.SetKeepInTouchRule;
import app.touchbase.circle.api.AddToCircle;
import app.touchbase.circle.api.ArchiveCircle;
import app.touchbase.circle.api.ChangeCircle;
import app.touchbase.circle.api.CircleDetails;
import app.touchbase.circle.api.CircleMembersAdded;
import app.touchbase.circle.api.CircleSummary;
import app.touchbase.circle.api.CreateCircle;
import app.touchbase.circle.api.DeleteCircle;
import app.touchbase.circle.api.FetchCircle;
import app.touchbase.circle.api.ListCircles;
import app.touchbase.circle.api.RemoveFromCircle;
import app.touchbase.circle.api.RestoreCircle;
import app.touchbase.circle.api.SetCircleRule;
import app.touchbase.contact.api.ContactPage;
import app.touchbase.contact.api.SearchContacts;
import app.touchbase.importing.api.FetchImport;
import app.touchbase.importing.api.ImportPreview;
import app.touchbase.importing.api.ImportState;
import app.touchbase.importing.api.ImportSummary;
import app.touchbase.importing.api.PreviewImport;
import app.touchbase.importing.api.PreviewRow;
import app.touchbase.importing.api.RowStatus;
import app.touchbase.importing.api.StartImport;
import app.touchbase.interaction.api.InteractionType;
import app.touchbase.nexttouch.api.NextTouch;
import app.touchbase.nexttouch.api.RuleTouch;
import app.touchbase.shared.api.CommandRejectedException;
import app.touchbase.shared.api.InvalidInputException;
import app.touchbase.support.IntegrationTest;
import app.touchbase.support.MutableClock;
import app.touchbase.support.TestClockConfiguration;
import app.touchbase.support.Touchbase;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Circles through the real parts: the circle aggregate, the process that hands its rules on, the contacts, the read models. */
@IntegrationTest
class CirclesTest {

    static final KeepInTouchRule QUARTERLY = new KeepInTouchRule("quarterly", "Any touch", Period.ofMonths(3), Set.of());
    static final KeepInTouchRule LUNCH = new KeepInTouchRule("lunch", "Yearly lunch", Period.ofYears(1),
            Set.of(InteractionType.COFFEE_OR_LUNCH, InteractionType.MEETING));

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

    UUID circle(String name, KeepInTouchRule... rules) {
        UUID circleId = UUID.randomUUID();
        touchbase.send(new CreateCircle(circleId, owner, new CircleDetails(name, null, CircleColour.TEAL)));
        for (KeepInTouchRule rule : rules) {
            touchbase.send(new SetCircleRule(circleId, owner, rule));
        }
        return circleId;
    }

    List<UUID> contacts(int count) {
        return IntStream.range(0, count).mapToObj(i -> touchbase.addContact(owner, "Person " + i)).toList();
    }

    CircleSummary summary(UUID circleId) {
        return touchbase.queryOptional(new FetchCircle(owner, circleId), CircleSummary.class)
                .orElseThrow(() -> new AssertionError("The circle is not listed (yet)"));
    }

    NextTouch next(UUID contactId) {
        return touchbase.nextTouch(owner, contactId).orElseThrow(() -> new AssertionError("No next touch (yet)"));
    }

    @Test
    void aWholeCircleGetsItsRuleInOneChangeWithFirstDueDaysSpreadOverThePeriod() {
        UUID quarterly = circle("Quarterly list", QUARTERLY);
        List<UUID> people = contacts(40);

        List<UUID> joined = touchbase.send(new AddToCircle(quarterly, owner, people));

        assertThat(joined).containsExactlyElementsOf(people);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(summary(quarterly).settled()).isEqualTo(40));
        List<LocalDate> firstDue = people.stream().map(person -> next(person).nextTouchOn()).toList();
        assertThat(firstDue).allSatisfy(day -> assertThat(day).isAfter(today).isBeforeOrEqualTo(today.plusMonths(3)));
        long weeks = ChronoUnit.DAYS.between(today, today.plusMonths(3)) / 7;
        Map<Long, Long> perWeek = firstDue.stream()
                .collect(Collectors.groupingBy(day -> ChronoUnit.DAYS.between(today, day) / 7, Collectors.counting()));
        assertThat(perWeek.values()).allSatisfy(count -> assertThat(count).isLessThanOrEqualTo((40 + weeks - 1) / weeks + 1));
        assertThat(next(people.get(0)).circles()).singleElement()
                .satisfies(circle -> assertThat(circle.name()).isEqualTo("Quarterly list"));
        assertThat(circleEvents(quarterly, CircleMembersAdded.class)).isEqualTo(1);
        ContactPage members = touchbase.query(new SearchContacts(owner, null, null, quarterly, false, false, 0, 100), ContactPage.class);
        assertThat(members.total()).isEqualTo(40);
    }

    @Test
    void twoRulesOfOnePersonAreTrackedApartAndAChangedRuleMovesEveryMembersDueDay() {
        UUID mentors = circle("Mentors", QUARTERLY, LUNCH);
        UUID grace = touchbase.addContact(owner, "Grace Hopper");
        touchbase.send(new AddToCircle(mentors, owner, List.of(grace)));
        await().untilAsserted(() -> assertThat(next(grace).rules()).hasSize(2));

        touchbase.logInteraction(owner, grace, InteractionType.EMAIL, today);
        await().untilAsserted(() -> assertThat(rule(grace, "Mentors · Any touch").lastTouchOn()).isEqualTo(today));
        assertThat(rule(grace, "Mentors · Any touch").nextTouchOn()).isEqualTo(today.plusMonths(3));
        assertThat(rule(grace, "Mentors · Yearly lunch").lastTouchOn()).isNull();

        touchbase.send(new SetCircleRule(mentors, owner, new KeepInTouchRule("quarterly", "Any touch", Period.ofMonths(6), Set.of())));
        await().untilAsserted(() -> assertThat(rule(grace, "Mentors · Any touch").nextTouchOn()).isEqualTo(today.plusMonths(6)));

        clock.advance(Duration.ofDays(1));
        touchbase.logInteraction(owner, grace, InteractionType.COFFEE_OR_LUNCH, today.plusDays(1));
        await().untilAsserted(() -> assertThat(rule(grace, "Mentors · Yearly lunch").nextTouchOn()).isEqualTo(today.plusDays(1).plusYears(1)));
        assertThat(rule(grace, "Mentors · Any touch").nextTouchOn()).isEqualTo(today.plusDays(1).plusMonths(6));
    }

    @Test
    void aBulkAddIsUndoneByRemovingExactlyThoseItAddedAndAnArchivedCircleStopsApplying() {
        UUID former = circle("Former team", QUARTERLY);
        UUID ada = touchbase.addContact(owner, "Ada");
        touchbase.send(new AddToCircle(former, owner, List.of(ada)));
        List<UUID> more = contacts(5);
        List<UUID> asked = new ArrayList<>(more);
        asked.add(ada);
        List<UUID> joined = touchbase.send(new AddToCircle(former, owner, asked));
        assertThat(joined).containsExactlyElementsOf(more);
        await().untilAsserted(() -> assertThat(summary(former).settled()).isEqualTo(6));

        List<UUID> removed = touchbase.send(new RemoveFromCircle(former, owner, joined));

        assertThat(removed).containsExactlyElementsOf(more);
        await().untilAsserted(() -> assertThat(summary(former).settled()).isEqualTo(1));
        assertThat(summary(former).members()).containsExactly(ada);
        assertThat(more).allSatisfy(person -> assertThat(next(person).rules()).isEmpty());

        touchbase.send(new ArchiveCircle(former, owner));
        await().untilAsserted(() -> assertThat(next(ada).rules()).isEmpty());
        assertThatThrownBy(() -> touchbase.send(new AddToCircle(former, owner, more)))
                .isInstanceOf(CommandRejectedException.class).hasMessage("Former team is archived: restore the circle first.");
        touchbase.send(new RestoreCircle(former, owner));
        await().untilAsserted(() -> assertThat(next(ada).rules()).hasSize(1));

        assertThatThrownBy(() -> touchbase.send(new DeleteCircle(former, owner)))
                .isInstanceOf(CommandRejectedException.class).hasMessageStartingWith("Former team still has 1 member:");
        touchbase.send(new RemoveFromCircle(former, owner, List.of(ada)));
        touchbase.send(new DeleteCircle(former, owner));
        await().untilAsserted(() -> assertThat(touchbase.queryOptional(new FetchCircle(owner, former), CircleSummary.class)).isEmpty());
        await().untilAsserted(() -> assertThat(next(ada).circles()).isEmpty());
    }

    @Test
    void theCirclesPageCountsWhoIsDueAndOverdueInEachCircle() {
        UUID quarterly = circle("Quarterly list", QUARTERLY);
        UUID mentors = circle("Mentors", LUNCH);
        UUID late = touchbase.addContact(owner, "Late Larry");
        UUID fresh = touchbase.addContact(owner, "Fresh Fran");
        touchbase.logInteraction(owner, late, InteractionType.EMAIL, today.minusMonths(4));
        touchbase.logInteraction(owner, fresh, InteractionType.EMAIL, today.minusDays(3));
        touchbase.send(new AddToCircle(quarterly, owner, List.of(late, fresh)));
        touchbase.send(new AddToCircle(mentors, owner, List.of(late)));

        await().untilAsserted(() -> assertThat(summary(quarterly)).satisfies(circle -> {
            assertThat(circle.settled()).isEqualTo(2);
            assertThat(circle.overdue()).isEqualTo(1);
            assertThat(circle.due()).isZero();
        }));
        await().untilAsserted(() -> assertThat(summary(mentors).settled()).isEqualTo(1));
        assertThat(summary(mentors).overdue()).as("an email does not count for the lunch rule, which counts from joining").isZero();
        assertThat(touchbase.queryList(new ListCircles(owner, false), CircleSummary.class))
                .extracting(circle -> circle.details().name()).containsExactly("Mentors", "Quarterly list");
    }

    @Test
    void aMemberCanKeepACirclesRuleInItsOwnVersionAndGoBackToTheCircles() {
        UUID mentors = circle("Mentors", LUNCH);
        UUID grace = touchbase.addContact(owner, "Grace Hopper");
        touchbase.send(new AddToCircle(mentors, owner, List.of(grace)));
        await().untilAsserted(() -> assertThat(next(grace).rules()).hasSize(1));
        RuleTouch lunch = next(grace).rules().get(0);

        touchbase.send(new SetKeepInTouchRule(grace, owner, new KeepInTouchRule(lunch.rule().ruleId(), lunch.rule().label(),
                Period.ofMonths(6), lunch.rule().counts())));
        await().untilAsserted(() -> assertThat(next(grace).rules().get(0).overridden()).isTrue());
        assertThat(next(grace).nextTouchOn()).isEqualTo(today.plusMonths(6));
        assertThatThrownBy(() -> touchbase.send(new SetKeepInTouchRule(grace, owner, new KeepInTouchRule(
                KeepInTouchRule.circleRuleId(UUID.randomUUID(), "lunch"), "Lunch", Period.ofMonths(6), Set.of()))))
                .isInstanceOf(CommandRejectedException.class).hasMessage("Grace Hopper is not in that rule's circle (any more).");

        touchbase.send(new SetCircleRule(mentors, owner, new KeepInTouchRule("lunch", "Yearly lunch", Period.ofYears(2), LUNCH.counts())));
        await().untilAsserted(() -> assertThat(touchbase.contact(owner, grace).orElseThrow().timeline())
                .as("joined, then the circle's rule changed").filteredOn(entry -> entry.summary().equals("In the circle Mentors"))
                .hasSize(2));
        assertThat(next(grace).nextTouchOn()).as("the contact's own version stays").isEqualTo(today.plusMonths(6));

        touchbase.send(new ClearKeepInTouchRule(grace, owner, lunch.rule().ruleId()));
        await().untilAsserted(() -> assertThat(next(grace).nextTouchOn()).isEqualTo(today.plusYears(2)));
        assertThat(next(grace).rules().get(0).overridden()).isFalse();
        assertThatThrownBy(() -> touchbase.send(new ClearKeepInTouchRule(grace, owner, lunch.rule().ruleId())))
                .isInstanceOf(CommandRejectedException.class).hasMessageStartingWith("This rule comes with a circle");
    }

    @Test
    void badInputIsRefusedWithWhatToFixAndNothingIsStored() {
        assertThatThrownBy(() -> touchbase.send(new CreateCircle(UUID.randomUUID(), owner, CircleDetails.named(" "))))
                .isInstanceOf(InvalidInputException.class).hasMessage("The circle's name must not be empty.");
        UUID circle = circle("Mentors");
        assertThatThrownBy(() -> touchbase.send(new SetCircleRule(circle, owner,
                new KeepInTouchRule("weekly", "Weekly", Period.ofYears(5), Set.of()))))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("A cadence must be between one day and three years");
        for (int i = 0; i < SetCircleRule.MAX_RULES; i++) {
            touchbase.send(new SetCircleRule(circle, owner, new KeepInTouchRule("rule-" + i, "Rule " + i, Period.ofMonths(i + 1), Set.of())));
        }
        assertThatThrownBy(() -> touchbase.send(new SetCircleRule(circle, owner,
                new KeepInTouchRule("one-more", "One more", Period.ofMonths(1), Set.of()))))
                .isInstanceOf(InvalidInputException.class).hasMessage("A circle can have at most 5 rules: change or remove one first.");
        List<UUID> withNull = new ArrayList<>();
        withNull.add(null);
        assertThatThrownBy(() -> touchbase.send(new AddToCircle(circle, owner, withNull)))
                .isInstanceOf(InvalidInputException.class).hasMessage("A contact id is missing from the list.");
    }

    @Test
    void anotherAccountNeitherSeesNorChangesACircleNorPutsSomeoneElsesContactsInItsOwn() {
        UUID mine = circle("Mentors", QUARTERLY);
        UUID grace = touchbase.addContact(owner, "Grace Hopper");
        await().untilAsserted(() -> assertThat(touchbase.contact(owner, grace)).isPresent());
        String intruder = Touchbase.newOwner();

        assertThat(touchbase.queryOptional(new FetchCircle(intruder, mine), CircleSummary.class)).isEmpty();
        assertThat(touchbase.queryList(new ListCircles(intruder, true), CircleSummary.class)).isEmpty();
        assertThatThrownBy(() -> touchbase.send(new ChangeCircle(mine, intruder, CircleDetails.named("Mine now"))))
                .isInstanceOf(CommandRejectedException.class).hasMessage("There is no such circle (was it deleted?).");
        assertThatThrownBy(() -> touchbase.send(new AddToCircle(mine, intruder, List.of(grace))))
                .isInstanceOf(CommandRejectedException.class);
        UUID theirs = UUID.randomUUID();
        assertThatThrownBy(() -> touchbase.send(new CreateCircle(theirs, intruder, CircleDetails.named("Stolen"), List.of(grace))))
                .isInstanceOf(CommandRejectedException.class).hasMessage("Some of these contacts are not in your network.");
        assertThat(next(grace).circles()).isEmpty();
    }

    @Test
    void anImportPutsEveryImportedContactIntoTheChosenCircle() {
        UUID linkedIn = circle("LinkedIn", QUARTERLY);
        await().until(() -> touchbase.queryOptional(new FetchCircle(owner, linkedIn), CircleSummary.class).isPresent());
        ImportPreview preview = touchbase.query(new PreviewImport(owner, "Connections.csv", connections()),
                ImportPreview.class);
        List<Integer> rows = preview.rows().stream().filter(row -> row.status() == RowStatus.NEW).map(PreviewRow::row).toList();
        UUID importId = UUID.randomUUID();

        touchbase.send(new StartImport(owner, importId, "Connections.csv", connections(), rows, null, linkedIn));

        await().untilAsserted(() -> assertThat(touchbase.queryOptional(new FetchImport(owner, importId), ImportSummary.class))
                .hasValueSatisfying(summary -> assertThat(summary.state()).isEqualTo(ImportState.DONE)));
        await().untilAsserted(() -> assertThat(summary(linkedIn).settled()).isEqualTo(rows.size()));
        assertThatThrownBy(() -> touchbase.send(new StartImport(owner, UUID.randomUUID(), "Connections.csv",
                connections(), rows, null, UUID.randomUUID())))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("That circle is not among yours");
    }

    static byte[] connections() {
        try (InputStream in = CirclesTest.class.getResourceAsStream("/imports/Connections.csv")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    RuleTouch rule(UUID contactId, String label) {
        return next(contactId).rules().stream().filter(rule -> rule.rule().label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("No rule " + label));
    }

    long circleEvents(UUID circleId, Class<?> type) {
        return events.readEvents(circleId.toString()).asStream().filter(event -> type.isInstance(event.getPayload())).count();
    }
}
