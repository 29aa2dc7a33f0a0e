package app.touchbase.circle.write;

import app.touchbase.cadence.api.KeepInTouchRule;
import app.touchbase.circle.api.AddToCircle;
import app.touchbase.circle.api.ArchiveCircle;
import app.touchbase.circle.api.CircleArchived;
import app.touchbase.circle.api.CircleCreated;
import app.touchbase.circle.api.CircleDeleted;
import app.touchbase.circle.api.CircleDetails;
import app.touchbase.circle.api.CircleMembersAdded;
import app.touchbase.circle.api.CircleMembersRemoved;
import app.touchbase.circle.api.CircleRuleSet;
import app.touchbase.circle.api.CreateCircle;
import app.touchbase.circle.api.DeleteCircle;
import app.touchbase.circle.api.RemoveFromCircle;
import app.touchbase.circle.api.SetCircleRule;
import app.touchbase.shared.ContactOwners;
import app.touchbase.shared.OwnerZones;
import app.touchbase.shared.api.CommandRejectedException;
import app.touchbase.shared.api.InvalidInputException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The circle's own decisions: one event per bulk change, only newcomers recorded, limits, archive and delete. */
class CircleAggregateTest {

    static final Instant NOW = Instant.parse("2026-11-22T03:00:00Z");
    /** NOW in Los Angeles is still the 21st. */
    static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    static final String OWNER = "ada";
    static final UUID CIRCLE = UUID.fromString("00000000-0000-0000-0000-0000000000c1");
    static final UUID GRACE = UUID.fromString("00000000-0000-0000-0000-000000000001");
    static final UUID ALAN = UUID.fromString("00000000-0000-0000-0000-000000000002");
    static final UUID FOREIGN = UUID.fromString("00000000-0000-0000-0000-0000000000ff");
    static final KeepInTouchRule LUNCH = new KeepInTouchRule("lunch", "Yearly lunch", Period.ofYears(1), Set.of());

    FixtureConfiguration<Circle> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Circle.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        fixture.registerInjectableResource((OwnerZones) owner -> ZoneId.of("America/Los_Angeles"));
        fixture.registerInjectableResource((ContactOwners) (owner, ids) -> ids.contains(FOREIGN) ? Set.of(FOREIGN) : Set.of());
    }

    CircleCreated created() {
        return new CircleCreated(CIRCLE, OWNER, CircleDetails.named("Mentors"), NOW);
    }

    @Test
    void aCircleMadeWithMembersRecordsThemInOneChangeOnTheOwnersDay() {
        fixture.givenNoPriorActivity()
                .when(new CreateCircle(CIRCLE, OWNER, CircleDetails.named("Mentors"), List.of(GRACE, ALAN, GRACE)))
                .expectEvents(created(), new CircleMembersAdded(CIRCLE, OWNER, List.of(GRACE, ALAN), TODAY, NOW));
    }

    @Test
    void addingRecordsOnlyNewcomersAndAnswersThemAndAddingNobodyNewRecordsNothing() {
        fixture.given(created(), new CircleMembersAdded(CIRCLE, OWNER, List.of(GRACE), TODAY, NOW))
                .when(new AddToCircle(CIRCLE, OWNER, List.of(GRACE, ALAN)))
                .expectEvents(new CircleMembersAdded(CIRCLE, OWNER, List.of(ALAN), TODAY, NOW))
                .expectResultMessagePayload(List.of(ALAN));
        fixture.given(created(), new CircleMembersAdded(CIRCLE, OWNER, List.of(GRACE), TODAY, NOW))
                .when(new AddToCircle(CIRCLE, OWNER, List.of(GRACE)))
                .expectNoEvents();
    }

    @Test
    void anotherAccountsContactIsRefusedAndNothingIsRecorded() {
        fixture.given(created())
                .when(new AddToCircle(CIRCLE, OWNER, List.of(GRACE, FOREIGN)))
                .expectException(CommandRejectedException.class)
                .expectNoEvents();
    }

    @Test
    void removingRecordsOnlyThoseWhoWereIn() {
        fixture.given(created(), new CircleMembersAdded(CIRCLE, OWNER, List.of(GRACE), TODAY, NOW))
                .when(new RemoveFromCircle(CIRCLE, OWNER, List.of(GRACE, ALAN)))
                .expectEvents(new CircleMembersRemoved(CIRCLE, OWNER, List.of(GRACE), NOW))
                .expectResultMessagePayload(List.of(GRACE));
    }

    @Test
    void aRuleIsRecordedOnceWithTheDayItWasSetAndARuleOfAContactsOwnIdShapeIsRequired() {
        fixture.given(created())
                .when(new SetCircleRule(CIRCLE, OWNER, LUNCH))
                .expectEvents(new CircleRuleSet(CIRCLE, OWNER, LUNCH, TODAY, NOW));
        fixture.given(created(), new CircleRuleSet(CIRCLE, OWNER, LUNCH, TODAY, NOW))
                .when(new SetCircleRule(CIRCLE, OWNER, LUNCH))
                .expectNoEvents();
        fixture.given(created())
                .when(new SetCircleRule(CIRCLE, OWNER, new KeepInTouchRule("Lunch Rule", "Lunch", Period.ofYears(1), Set.of())))
                .expectException(InvalidInputException.class)
                .expectExceptionMessage("A rule id is lower-case letters, digits and dashes (got 'Lunch Rule').");
    }

    @Test
    void anArchivedCircleTakesNobodyNewAndOnlyAnEmptyCircleIsDeleted() {
        fixture.given(created(), new CircleArchived(CIRCLE, OWNER, NOW))
                .when(new AddToCircle(CIRCLE, OWNER, List.of(GRACE)))
                .expectException(CommandRejectedException.class)
                .expectExceptionMessage("Mentors is archived: restore the circle first.");
        fixture.given(created(), new CircleMembersAdded(CIRCLE, OWNER, List.of(GRACE, ALAN), TODAY, NOW))
                .when(new DeleteCircle(CIRCLE, OWNER))
                .expectException(CommandRejectedException.class)
                .expectExceptionMessage("Mentors still has 2 members: take them out first, or archive the circle to keep it without its rules.");
        fixture.given(created())
                .when(new DeleteCircle(CIRCLE, OWNER))
                .expectEvents(new CircleDeleted(CIRCLE, OWNER, NOW));
        fixture.given(created(), new CircleDeleted(CIRCLE, OWNER, NOW))
                .when(new ArchiveCircle(CIRCLE, OWNER))
                .expectException(CommandRejectedException.class)
                .expectExceptionMessage("There is no such circle (was it deleted?).");
    }
}
