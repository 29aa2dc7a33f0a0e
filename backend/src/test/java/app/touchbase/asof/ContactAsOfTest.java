package app.touchbase.asof;

import app.touchbase.asof.api.AsOfTouch;
import app.touchbase.asof.api.ContactAsOf;
import app.touchbase.asof.api.FetchContactAsOf;
import app.touchbase.cadence.api.CircleRef;
import app.touchbase.cadence.api.KeepInTouchRule;
import app.touchbase.cadence.api.SetCadence;
import app.touchbase.circle.api.AddToCircle;
import app.touchbase.circle.api.CircleDetails;
import app.touchbase.circle.api.CreateCircle;
import app.touchbase.circle.api.RemoveFromCircle;
import app.touchbase.circle.api.SetCircleRule;
import app.touchbase.contact.api.ContactDetails;
import app.touchbase.contact.api.ContactProfile;
import app.touchbase.contact.api.RecordFact;
import app.touchbase.contact.api.UpdateContactDetails;
import app.touchbase.followup.api.AddFollowUp;
import app.touchbase.followup.api.ChangeFollowUp;
import app.touchbase.followup.api.CompleteFollowUp;
import app.touchbase.followup.api.FollowUp;
import app.touchbase.followup.api.ListOpenFollowUps;
import app.touchbase.followup.api.OpenFollowUps;
import app.touchbase.followup.api.RemoveFollowUp;
import app.touchbase.importantdate.api.AddImportantDate;
import app.touchbase.importantdate.api.ChangeImportantDate;
import app.touchbase.importantdate.api.ImportantDate;
import app.touchbase.importantdate.api.ImportantDates;
import app.touchbase.importantdate.api.ListContactDates;
import app.touchbase.importantdate.api.RemoveImportantDate;
import app.touchbase.interaction.api.InteractionType;
import app.touchbase.nexttouch.api.NextTouch;
import app.touchbase.shared.api.InvalidInputException;
import app.touchbase.support.IntegrationTest;
import app.touchbase.support.MutableClock;
import app.touchbase.support.Touchbase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

@IntegrationTest
class ContactAsOfTest {

    @Autowired
    Touchbase touchbase;
    @Autowired
    MutableClock clock;

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private Optional<ContactAsOf> asOf(String owner, UUID contact, Instant moment) {
        return touchbase.queryOptional(new FetchContactAsOf(owner, contact, moment), ContactAsOf.class);
    }

    @Test
    void theContactAsItWasThenWithTouchesLoggedLaterMarkedAndWhatChangedSince() {
        String owner = Touchbase.newOwner();
        UUID grace = touchbase.addContact(owner, ContactDetails.named("Grace Hopper").withEmails("grace@yale.edu"));
        touchbase.setCadence(owner, grace, Period.ofMonths(3));
        UUID coffee = touchbase.logInteraction(owner, grace, InteractionType.COFFEE_OR_LUNCH, today().minusDays(2));
        touchbase.send(new RecordFact(grace, owner, UUID.randomUUID(), "Kids", "Two", null));
        UUID article = UUID.randomUUID();
        touchbase.send(new AddFollowUp(grace, owner, article, "Send the article", today().plusDays(5)));
        clock.advance(Duration.ofHours(1));
        Instant then = clock.instant();
        LocalDate thenDay = today();

        clock.advance(Duration.ofDays(3));
        touchbase.send(new UpdateContactDetails(grace, owner, ContactDetails.named("Grace Hopper").withEmails("grace@navy.mil")));
        touchbase.send(new SetCadence(grace, owner, Period.ofMonths(6)));
        touchbase.send(new CompleteFollowUp(grace, owner, article));
        UUID lateCall = touchbase.logInteraction(owner, grace, InteractionType.CALL, thenDay.minusDays(1));
        touchbase.logInteraction(owner, grace, InteractionType.EMAIL, today());

        ContactAsOf asOf = asOf(owner, grace, then).orElseThrow();
        assertThat(asOf.day()).isEqualTo(thenDay);
        assertThat(asOf.details().emails()).containsExactly("grace@yale.edu");
        assertThat(asOf.facts()).singleElement().satisfies(fact -> assertThat(fact.text()).isEqualTo("Two"));
        assertThat(asOf.openFollowUps()).singleElement().satisfies(open -> assertThat(open.text()).isEqualTo("Send the article"));
        assertThat(asOf.nextTouch().cadence()).isEqualTo(Period.ofMonths(3));
        assertThat(asOf.nextTouch().nextTouchOn()).isEqualTo(thenDay.minusDays(2).plusMonths(3));
        assertThat(asOf.touches()).extracting(touch -> touch.touch().interactionId(), AsOfTouch::loggedLater)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(lateCall, true), org.assertj.core.groups.Tuple.tuple(coffee, false));
        assertThat(asOf.changesSince()).contains(
                "email grace@navy.mil added",
                "email grace@yale.edu removed",
                "rule Cadence changed from any touch every 3 months to any touch twice a year",
                "2 touches logged since",
                "promise done: \"Send the article\" by " + thenDay.plusDays(5));

        assertThat(asOf(owner, grace, then.minus(Duration.ofDays(30)))).as("before the contact was added").isEmpty();
        assertThat(asOf(Touchbase.newOwner(), grace, then)).as("another owner").isEmpty();
    }

    @Test
    void whatChangedSinceNamesTheDatesPromisesAndCircles() {
        String owner = Touchbase.newOwner();
        UUID grace = touchbase.addContact(owner, "Grace Hopper");
        UUID birthday = UUID.randomUUID();
        UUID anniversary = UUID.randomUUID();
        touchbase.send(new AddImportantDate(grace, owner, birthday, "Birthday", MonthDay.of(12, 9), 1906, 3));
        touchbase.send(new AddImportantDate(grace, owner, anniversary, "Anniversary", MonthDay.of(6, 1), null, 0));
        UUID article = UUID.randomUUID();
        UUID book = UUID.randomUUID();
        UUID call = UUID.randomUUID();
        LocalDate due = today().plusDays(10);
        touchbase.send(new AddFollowUp(grace, owner, article, "Send the article", due));
        touchbase.send(new AddFollowUp(grace, owner, book, "Lend the book", due));
        touchbase.send(new AddFollowUp(grace, owner, call, "Call back", due));
        UUID mentors = UUID.randomUUID();
        touchbase.send(new CreateCircle(mentors, owner, CircleDetails.named("Mentors"), List.of(grace)));
        touchbase.send(new SetCircleRule(mentors, owner, new KeepInTouchRule("lunch", "Yearly lunch", Period.ofYears(1), Set.of())));
        await().until(() -> asOf(owner, grace, clock.instant()).orElseThrow().nextTouch().rules().size() == 1);
        clock.advance(Duration.ofHours(1));
        Instant then = clock.instant();

        clock.advance(Duration.ofDays(2));
        touchbase.send(new ChangeImportantDate(grace, owner, birthday, "Birthday", MonthDay.of(12, 9), 1906, 7));
        touchbase.send(new RemoveImportantDate(grace, owner, anniversary));
        touchbase.send(new AddImportantDate(grace, owner, UUID.randomUUID(), "Name day", MonthDay.of(3, 1), null, 0));
        touchbase.send(new ChangeFollowUp(grace, owner, article, "Send the paper", due.plusDays(1)));
        touchbase.send(new CompleteFollowUp(grace, owner, book));
        touchbase.send(new RemoveFollowUp(grace, owner, call));
        UUID flowers = UUID.randomUUID();
        touchbase.send(new AddFollowUp(grace, owner, flowers, "Send flowers", due));
        touchbase.send(new CompleteFollowUp(grace, owner, flowers));
        touchbase.send(new RemoveFromCircle(mentors, owner, List.of(grace)));
        touchbase.send(new CreateCircle(UUID.randomUUID(), owner, CircleDetails.named("Neighbours"), List.of(grace)));
        await().until(() -> asOf(owner, grace, clock.instant()).orElseThrow().circles(),
                circles -> circles.size() == 1 && circles.get(0).name().equals("Neighbours"));

        ContactAsOf asOf = asOf(owner, grace, then).orElseThrow();
        assertThat(asOf.importantDates()).extracting(ImportantDate::label).containsExactlyInAnyOrder("Birthday", "Anniversary");
        assertThat(asOf.circles()).extracting(CircleRef::name).containsExactly("Mentors");
        assertThat(asOf.changesSince()).contains(
                "important date changed from Birthday on 9 December 1906, reminder 3 days before"
                        + " to Birthday on 9 December 1906, reminder 7 days before",
                "important date removed: Anniversary on 1 June, reminder on the day",
                "important date added: Name day on 1 March, reminder on the day",
                "promise changed from \"Send the article\" by " + due + " to \"Send the paper\" by " + due.plusDays(1),
                "promise done: \"Lend the book\" by " + due,
                "promise taken back: \"Call back\" by " + due,
                "promise added and done: \"Send flowers\" by " + due,
                "left the circle Mentors",
                "joined the circle Neighbours",
                "rule Mentors · Yearly lunch removed");
        assertThat(asOf(owner, grace, clock.instant()).orElseThrow().changesSince()).isEmpty();
    }

    @Test
    void aQueryWithoutAMomentOrOwnerGetsAValidationMessage() {
        UUID ada = touchbase.addContact(Touchbase.newOwner(), "Ada Lovelace");
        assertThatThrownBy(() -> asOf("someone", ada, null))
                .cause().isInstanceOf(InvalidInputException.class).hasMessageContaining("The moment to look at");
        assertThatThrownBy(() -> asOf(null, ada, clock.instant()))
                .cause().isInstanceOf(InvalidInputException.class).hasMessage("The owning account must not be empty.");
    }

    /**
     * The contact as of now, folded from its events, is what the live read models show, for random histories of
     * details, facts, touches, rules, circles and their rules, promises and important dates.
     */
    @Test
    void asOfNowIsTheLiveReadModelForRandomHistories() {
        Random random = new Random(7);
        for (int round = 0; round < 4; round++) {
            String owner = Touchbase.newOwner();
            UUID contact = touchbase.addContact(owner, ContactDetails.named("Person " + round));
            List<UUID> circles = List.of(UUID.randomUUID(), UUID.randomUUID());
            for (UUID circle : circles) {
                touchbase.send(new CreateCircle(circle, owner, CircleDetails.named("Circle " + circle.toString().substring(0, 4)), List.of()));
            }
            List<UUID> openPromises = new java.util.ArrayList<>();
            List<UUID> dates = new java.util.ArrayList<>();
            for (int step = 0; step < 24; step++) {
                clock.advance(Duration.ofHours(1 + random.nextInt(48)));
                UUID circle = circles.get(random.nextInt(circles.size()));
                switch (random.nextInt(10)) {
                    case 0 -> touchbase.send(new SetCadence(contact, owner, Period.ofWeeks(1 + random.nextInt(12))));
                    case 1 -> touchbase.send(new UpdateContactDetails(contact, owner,
                            ContactDetails.named("Person " + round).withEmails("p" + random.nextInt(99) + "@example.org")));
                    case 2 -> touchbase.send(new RecordFact(contact, owner, UUID.randomUUID(), null, "Fact " + step, null));
                    case 3 -> touchbase.send(new AddToCircle(circle, owner, List.of(contact)));
                    case 4 -> touchbase.send(new RemoveFromCircle(circle, owner, List.of(contact)));
                    case 5 -> touchbase.send(new SetCircleRule(circle, owner, new KeepInTouchRule(random.nextBoolean() ? "lunch" : "call",
                            "Rule " + step, Period.ofWeeks(2 + random.nextInt(30)), Set.of())));
                    case 6 -> randomPromiseStep(random, owner, contact, openPromises);
                    case 7 -> randomDateStep(random, owner, contact, dates);
                    default -> touchbase.logInteraction(owner, contact, InteractionType.CALL, today().minusDays(random.nextInt(20)));
                }
            }
            // the circles reach the contact through a process: compare once everything has arrived on both sides
            await().untilAsserted(() -> {
                ContactAsOf now = asOf(owner, contact, clock.instant()).orElseThrow();
                ContactProfile live = touchbase.contact(owner, contact).orElseThrow();
                assertThat(now.details()).isEqualTo(live.contact().details());
                assertThat(now.circles()).isEqualTo(live.contact().circles());
                assertThat(now.facts()).isEqualTo(live.facts());
                assertThat(now.touches()).extracting(AsOfTouch::touch).isEqualTo(live.interactions());
                assertThat(now.touches()).noneMatch(AsOfTouch::loggedLater);
                assertThat(now.nextTouch()).isEqualTo(touchbase.nextTouch(owner, contact).orElse(null));
                assertThat(now.openFollowUps()).containsExactlyInAnyOrderElementsOf(
                        touchbase.query(new ListOpenFollowUps(owner, contact), OpenFollowUps.class).followUps());
                assertThat(now.importantDates()).containsExactlyInAnyOrderElementsOf(
                        touchbase.query(new ListContactDates(owner, contact, today()), ImportantDates.class).dates());
                assertThat(now.changesSince()).isEmpty();
            });
            ContactAsOf now = asOf(owner, contact, clock.instant()).orElseThrow();
            assertThat(now.openFollowUps()).extracting(FollowUp::followUpId).containsExactlyInAnyOrderElementsOf(openPromises);
            assertThat(now.importantDates()).extracting(ImportantDate::dateId).containsExactlyInAnyOrderElementsOf(dates);
        }
    }

    private void randomPromiseStep(Random random, String owner, UUID contact, List<UUID> open) {
        if (open.isEmpty() || random.nextInt(3) == 0) {
            UUID promise = UUID.randomUUID();
            touchbase.send(new AddFollowUp(contact, owner, promise, "Promise " + random.nextInt(99), today().plusDays(random.nextInt(30))));
            open.add(promise);
            return;
        }
        UUID promise = open.get(random.nextInt(open.size()));
        switch (random.nextInt(3)) {
            case 0 -> touchbase.send(new ChangeFollowUp(contact, owner, promise, "Changed " + random.nextInt(99),
                    today().plusDays(random.nextInt(30))));
            case 1 -> {
                touchbase.send(new CompleteFollowUp(contact, owner, promise));
                open.remove(promise);
            }
            default -> {
                touchbase.send(new RemoveFollowUp(contact, owner, promise));
                open.remove(promise);
            }
        }
    }

    private void randomDateStep(Random random, String owner, UUID contact, List<UUID> dates) {
        MonthDay day = MonthDay.of(1 + random.nextInt(12), 1 + random.nextInt(28));
        Integer year = random.nextBoolean() ? null : 1950 + random.nextInt(50);
        if (dates.isEmpty() || random.nextInt(3) == 0) {
            UUID date = UUID.randomUUID();
            touchbase.send(new AddImportantDate(contact, owner, date, "Date " + random.nextInt(99), day, year, random.nextInt(8)));
            dates.add(date);
        } else if (random.nextBoolean()) {
            touchbase.send(new ChangeImportantDate(contact, owner, dates.get(random.nextInt(dates.size())), "Changed " + random.nextInt(99),
                    day, year, random.nextInt(8)));
        } else {
            touchbase.send(new RemoveImportantDate(contact, owner, dates.remove(random.nextInt(dates.size()))));
        }
    }
}
