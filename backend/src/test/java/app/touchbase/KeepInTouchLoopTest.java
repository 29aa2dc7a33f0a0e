package app.touchbase;

import app.touchbase.cadence.api.SnoozeTouch;
import app.touchbase.contact.api.ArchiveContact;
import app.touchbase.contact.api.ContactDetails;
import app.touchbase.contact.api.ContactPage;
import app.touchbase.contact.api.ContactProfile;
import app.touchbase.contact.api.ListAllContacts;
import app.touchbase.contact.api.RecordFact;
import app.touchbase.contact.api.SearchContacts;
import app.touchbase.contact.api.TimelineKind;
import app.touchbase.contact.api.UpdateContactDetails;
import app.touchbase.interaction.api.CorrectInteraction;
import app.touchbase.interaction.api.Direction;
import app.touchbase.interaction.api.InteractionType;
import app.touchbase.interaction.api.LogInteraction;
import app.touchbase.interaction.api.RemoveInteraction;
import app.touchbase.nexttouch.api.NextTouch;
import app.touchbase.nexttouch.api.TouchStatus;
import app.touchbase.support.IntegrationTest;
import app.touchbase.support.MutableClock;
import app.touchbase.support.TestClockConfiguration;
import app.touchbase.support.Touchbase;
import com.mongodb.client.MongoDatabase;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.elemMatch;
import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@IntegrationTest
class KeepInTouchLoopTest {

    @Autowired
    Touchbase touchbase;
    @Autowired
    MutableClock clock;
    @Autowired
    MongoDatabase database;
    @Autowired
    MongoTemplate axonMongoTemplate;

    String owner;

    @BeforeEach
    void setUp() {
        clock.set(TestClockConfiguration.START);
        owner = Touchbase.newOwner();
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    @Test
    void aLoggedCoffeeMovesTheNextTouchAndALateOlderOneDoesNot() {
        LocalDate start = today();
        UUID grace = touchbase.addContact(owner, "Grace Hopper");
        touchbase.setCadence(owner, grace, Period.ofMonths(3));
        await().untilAsserted(() -> assertThat(touchbase.nextTouch(owner, grace)).hasValueSatisfying(touch -> {
            assertThat(touch.nextTouchOn()).isEqualTo(start.plusMonths(3));
            assertThat(touch.status()).isEqualTo(TouchStatus.OK);
        }));

        LocalDate coffee = start.minusDays(2);
        touchbase.logInteraction(owner, grace, InteractionType.COFFEE_OR_LUNCH, coffee);
        await().untilAsserted(() -> assertThat(touchbase.nextTouch(owner, grace).orElseThrow().lastTouchOn()).isEqualTo(coffee));
        assertThat(touchbase.nextTouch(owner, grace).orElseThrow().nextTouchOn()).isEqualTo(coffee.plusMonths(3));

        touchbase.logInteraction(owner, grace, InteractionType.EMAIL, start.minusDays(60));
        await().untilAsserted(() -> assertThat(touchbase.contact(owner, grace).orElseThrow().interactions()).hasSize(2));
        NextTouch afterLateOldEmail = touchbase.nextTouch(owner, grace).orElseThrow();
        assertThat(afterLateOldEmail.lastTouchOn()).isEqualTo(coffee);
        assertThat(afterLateOldEmail.nextTouchOn()).isEqualTo(coffee.plusMonths(3));
    }

    @Test
    void aContactBecomesDueThenOverdueThenSnoozedAndLeavesTheListWhenArchived() {
        UUID ken = touchbase.addContact(owner, "Ken Thompson");
        UUID barbara = touchbase.addContact(owner, "Barbara Liskov");
        touchbase.setCadence(owner, ken, Period.ofWeeks(2));
        touchbase.setCadence(owner, barbara, Period.ofWeeks(3));
        await().untilAsserted(() -> assertThat(touchbase.nextTouch(owner, barbara).orElseThrow().cadence()).isEqualTo(Period.ofWeeks(3)));
        assertThat(touchbase.due(owner).touches()).isEmpty();

        clock.advance(Duration.ofDays(16));
        assertThat(touchbase.due(owner).touches()).extracting(NextTouch::name, NextTouch::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Ken Thompson", TouchStatus.DUE),
                        org.assertj.core.groups.Tuple.tuple("Barbara Liskov", TouchStatus.DUE_SOON));

        clock.advance(Duration.ofDays(7));
        assertThat(touchbase.due(owner).touches()).extracting(NextTouch::status)
                .containsExactly(TouchStatus.OVERDUE, TouchStatus.DUE);

        touchbase.send(new SnoozeTouch(ken, owner, today().plusDays(10)));
        await().untilAsserted(() -> assertThat(touchbase.due(owner).touches()).extracting(NextTouch::name, NextTouch::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Barbara Liskov", TouchStatus.DUE),
                        org.assertj.core.groups.Tuple.tuple("Ken Thompson", TouchStatus.SNOOZED)));

        clock.advance(Duration.ofDays(11));
        assertThat(touchbase.nextTouch(owner, ken).orElseThrow().status()).isEqualTo(TouchStatus.DUE);

        touchbase.send(new ArchiveContact(barbara, owner));
        await().untilAsserted(() -> assertThat(touchbase.due(owner).touches()).extracting(NextTouch::name)
                .containsExactly("Ken Thompson"));
    }

    @Test
    void correctingAndRemovingInteractionsRecomputesTheLastTouch() {
        LocalDate start = today();
        UUID ada = touchbase.addContact(owner, "Ada Lovelace");
        touchbase.setCadence(owner, ada, Period.ofMonths(1));
        UUID call = touchbase.logInteraction(owner, ada, InteractionType.CALL, start.minusDays(1));
        LocalDate earlier = start.minusDays(20);
        UUID email = touchbase.logInteraction(owner, ada, InteractionType.EMAIL, earlier);

        touchbase.send(new CorrectInteraction(ada, owner, call, InteractionType.CALL, start.minusDays(25),
                Direction.ASKED, "Asked about her startup"));
        await().untilAsserted(() -> assertThat(touchbase.nextTouch(owner, ada).orElseThrow().lastTouchOn()).isEqualTo(earlier));

        touchbase.send(new RemoveInteraction(ada, owner, email));
        await().untilAsserted(() -> assertThat(touchbase.nextTouch(owner, ada).orElseThrow().lastTouchOn())
                .isEqualTo(start.minusDays(25)));

        ContactProfile profile = touchbase.contact(owner, ada).orElseThrow();
        assertThat(profile.interactions()).singleElement().satisfies(interaction -> {
            assertThat(interaction.interactionId()).isEqualTo(call);
            assertThat(interaction.direction()).isEqualTo(Direction.ASKED);
            assertThat(interaction.notes()).isEqualTo("Asked about her startup");
            assertThat(interaction.corrected()).isTrue();
        });
        assertThat(profile.timeline()).extracting(entry -> entry.kind()).containsExactly(
                TimelineKind.INTERACTION_REMOVED, TimelineKind.INTERACTION_CORRECTED, TimelineKind.INTERACTION_LOGGED,
                TimelineKind.INTERACTION_LOGGED, TimelineKind.CADENCE_SET, TimelineKind.CONTACT_ADDED);
        assertThat(profile.timeline().get(0).summary()).isEqualTo("Removed Email");
        assertThat(profile.timeline().get(4).summary()).isEqualTo("Keep in touch every month");
    }

    @Test
    void aContactKeepsTheLatestTouchOfEachKindAndRemovingItBringsBackTheOneBefore() {
        LocalDate start = today();
        UUID linus = touchbase.addContact(owner, "Linus Torvalds");
        touchbase.setCadence(owner, linus, Period.ofMonths(1));
        List<UUID> calls = new ArrayList<>();
        for (int daysAgo = 12; daysAgo >= 1; daysAgo--) {
            calls.add(touchbase.logInteraction(owner, linus, InteractionType.CALL, start.minusDays(daysAgo)));
        }
        UUID latest = calls.get(calls.size() - 1);
        await().untilAsserted(() -> {
            assertThat(storedNextTouch(linus).get("touches", Document.class)).containsOnlyKeys(latest.toString());
            assertThat(storedReminderPlan(linus)).contains(latest.toString()).doesNotContain(calls.get(0).toString());
        });

        touchbase.send(new RemoveInteraction(linus, owner, latest));
        UUID before = calls.get(calls.size() - 2);
        await().untilAsserted(() -> {
            assertThat(touchbase.nextTouch(owner, linus).orElseThrow().lastTouchOn()).isEqualTo(start.minusDays(2));
            assertThat(storedNextTouch(linus).get("touches", Document.class)).containsOnlyKeys(before.toString());
            assertThat(storedReminderPlan(linus)).as("the reminder saga read the call before from the history too")
                    .contains(before.toString()).doesNotContain(latest.toString());
        });

        touchbase.send(new CorrectInteraction(linus, owner, before, InteractionType.CALL, start.minusDays(30), Direction.NEUTRAL, null));
        await().untilAsserted(() -> assertThat(touchbase.nextTouch(owner, linus).orElseThrow().nextTouchOn())
                .isEqualTo(start.minusDays(3).plusMonths(1)));
    }

    private Document storedNextTouch(UUID contactId) {
        return database.getCollection("next_touch").find(eq("_id", contactId)).first();
    }

    /** The reminder saga as stored: its agenda serialized as JSON. */
    private String storedReminderPlan(UUID contactId) {
        Document saga = axonMongoTemplate.sagaCollection()
                .find(elemMatch("associations", and(eq("key", "contactId"), eq("value", contactId.toString())))).first();
        assertThat(saga).isNotNull();
        return new String(saga.get("serializedSaga", Binary.class).getData(), StandardCharsets.UTF_8);
    }

    @Test
    void searchFindsContactsByNameCompanyOrTagAndOnlyTheOwnersOwn() {
        touchbase.addContact(owner, ContactDetails.named("Margaret Hamilton").withCompany("NASA", "Director").withTags("mentor"));
        touchbase.addContact(owner, ContactDetails.named("Linus Torvalds").withCompany("Linux Foundation", null).withTags("peer"));
        UUID archived = touchbase.addContact(owner, ContactDetails.named("Old Boss").withCompany("Nasa Ames", null));
        touchbase.send(new ArchiveContact(archived, owner));
        touchbase.addContact(Touchbase.newOwner(), ContactDetails.named("Margaret Someone-Else").withCompany("NASA", null));

        await().untilAsserted(() -> assertThat(touchbase.query(new SearchContacts(owner, null, null, true, 0, 50), ContactPage.class).total())
                .isEqualTo(3));
        assertThat(names(new SearchContacts(owner, "marg", null, false, 0, 50))).containsExactly("Margaret Hamilton");
        assertThat(names(new SearchContacts(owner, "nasa", null, false, 0, 50))).containsExactly("Margaret Hamilton");
        assertThat(names(new SearchContacts(owner, "nasa", null, true, 0, 50))).containsExactly("Margaret Hamilton", "Old Boss");
        assertThat(names(new SearchContacts(owner, null, "Mentor", false, 0, 50))).containsExactly("Margaret Hamilton");
        assertThat(names(new SearchContacts(owner, "a.*", null, false, 0, 50))).as("search text is literal, not a pattern").isEmpty();
        UUID linus = touchbase.query(new SearchContacts(owner, "linus", null, false, 0, 50), ContactPage.class).contacts().get(0).contactId();
        touchbase.send(new LogInteraction(linus, owner, UUID.randomUUID(), InteractionType.CALL, LocalDate.of(2026, 1, 5),
                null, "Talked about Lena's kernel talk"));
        await().untilAsserted(() -> assertThat(names(new SearchContacts(owner, "LENA", null, false, 0, 50)))
                .as("what was said in a touch finds the person too").containsExactly("Linus Torvalds"));
        assertThat(names(new SearchContacts(Touchbase.newOwner(), "lena", null, false, 0, 50))).as("only the owner's touches").isEmpty();
        assertThat(touchbase.query(new ListAllContacts(owner), ContactPage.class).contacts()).extracting(c -> c.details().name())
                .as("everything, archived included, nobody else's").containsExactly("Linus Torvalds", "Margaret Hamilton", "Old Boss");
        ContactPage firstPage = touchbase.query(new SearchContacts(owner, null, null, false, 0, 1), ContactPage.class);
        assertThat(firstPage.total()).isEqualTo(2);
        assertThat(firstPage.contacts()).extracting(c -> c.details().name()).containsExactly("Linus Torvalds");
    }

    @Test
    void theProfileShowsFactsAndUpdatedDetails() {
        UUID grace = touchbase.addContact(owner, ContactDetails.named("Grace").withEmails("grace@navy.mil"));
        touchbase.send(new UpdateContactDetails(grace, owner, ContactDetails.named("Grace Hopper").withEmails("grace@navy.mil")
                .withCompany("US Navy", "Rear admiral")));
        touchbase.send(new RecordFact(grace, owner, UUID.randomUUID(), "Kids", "No kids; loves her nephews", null));
        touchbase.send(new RecordFact(grace, owner, UUID.randomUUID(), "Trip", "Lecturing in Japan", LocalDate.of(2027, 3, 1)));

        await().untilAsserted(() -> assertThat(touchbase.contact(owner, grace).orElseThrow().timeline()).hasSize(4));
        ContactProfile profile = touchbase.contact(owner, grace).orElseThrow();
        assertThat(profile.contact().details().name()).isEqualTo("Grace Hopper");
        assertThat(profile.contact().details().company()).isEqualTo("US Navy");
        assertThat(profile.facts()).extracting(fact -> fact.topic()).containsExactlyInAnyOrder("Kids", "Trip");
        assertThat(profile.timeline().get(3).summary()).isEqualTo("Added Grace");
        assertThat(profile.timeline().get(2).detail())
                .isEqualTo("name changed from Grace to Grace Hopper · company set to US Navy · role set to Rear admiral");
    }

    private java.util.List<String> names(SearchContacts query) {
        return touchbase.query(query, ContactPage.class).contacts().stream().map(c -> c.details().name()).toList();
    }
}
