package app.touchbase.asof;

import app.touchbase.asof.api.AsOfTouch;
import app.touchbase.asof.api.ContactAsOf;
import app.touchbase.asof.api.FetchContactAsOf;
import app.touchbase.cadence.api.SetCadence;
import app.touchbase.contact.api.ContactDetails;
import app.touchbase.contact.api.ContactProfile;
import app.touchbase.contact.api.RecordFact;
import app.touchbase.contact.api.UpdateContactDetails;
import app.touchbase.followup.api.AddFollowUp;
import app.touchbase.followup.api.CompleteFollowUp;
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
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Random;
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
                "follow-up \"Send the article\" done");

        assertThat(asOf(owner, grace, then.minus(Duration.ofDays(30)))).as("before the contact was added").isEmpty();
        assertThat(asOf(Touchbase.newOwner(), grace, then)).as("another owner").isEmpty();
    }

    @Test
    void aQueryWithoutAMomentOrOwnerGetsAValidationMessage() {
        UUID ada = touchbase.addContact(Touchbase.newOwner(), "Ada Lovelace");
        assertThatThrownBy(() -> asOf("someone", ada, null))
                .cause().isInstanceOf(InvalidInputException.class).hasMessageContaining("The moment to look at");
        assertThatThrownBy(() -> asOf(null, ada, clock.instant()))
                .cause().isInstanceOf(InvalidInputException.class).hasMessage("The owning account must not be empty.");
    }

    /** The contact as of now, folded from its events, is what the live read models show, for random histories. */
    @Test
    void asOfNowIsTheLiveReadModelForRandomHistories() {
        Random random = new Random(7);
        for (int round = 0; round < 4; round++) {
            String owner = Touchbase.newOwner();
            UUID contact = touchbase.addContact(owner, ContactDetails.named("Person " + round));
            UUID last = null;
            for (int step = 0; step < 12; step++) {
                clock.advance(Duration.ofHours(1 + random.nextInt(48)));
                switch (random.nextInt(4)) {
                    case 0 -> touchbase.send(new SetCadence(contact, owner, Period.ofWeeks(1 + random.nextInt(12))));
                    case 1 -> touchbase.send(new UpdateContactDetails(contact, owner,
                            ContactDetails.named("Person " + round).withEmails("p" + random.nextInt(99) + "@example.org")));
                    case 2 -> touchbase.send(new RecordFact(contact, owner, UUID.randomUUID(), null, "Fact " + step, null));
                    default -> last = touchbase.logInteraction(owner, contact, InteractionType.CALL, today().minusDays(random.nextInt(20)));
                }
            }
            UUID lastTouch = last;
            await().untilAsserted(() -> assertThat(touchbase.contact(owner, contact)).hasValueSatisfying(profile ->
                    assertThat(profile.interactions()).anySatisfy(touch -> assertThat(lastTouch == null || touch.interactionId().equals(lastTouch)).isTrue())));
            ContactAsOf now = asOf(owner, contact, clock.instant()).orElseThrow();
            ContactProfile live = await().until(() -> touchbase.contact(owner, contact).orElseThrow(),
                    profile -> profile.facts().size() == now.facts().size() && profile.contact().details().equals(now.details()));
            assertThat(now.facts()).isEqualTo(live.facts());
            assertThat(now.touches()).extracting(AsOfTouch::touch).isEqualTo(live.interactions());
            assertThat(now.touches()).noneMatch(AsOfTouch::loggedLater);
            NextTouch liveNext = await().until(() -> touchbase.nextTouch(owner, contact).orElse(null),
                    next -> next != null && java.util.Objects.equals(next.cadence(), now.nextTouch().cadence())
                            && java.util.Objects.equals(next.lastTouchOn(), now.nextTouch().lastTouchOn()));
            assertThat(now.nextTouch()).isEqualTo(liveNext);
            assertThat(now.changesSince()).isEmpty();
        }
    }
}
