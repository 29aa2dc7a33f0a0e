package app.touchbase.asof;

import app.touchbase.asof.api.FetchNetworkOverTime;
import app.touchbase.asof.api.NetworkDay;
import app.touchbase.asof.api.NetworkOverTime;
import app.touchbase.cadence.api.SnoozeTouch;
import app.touchbase.contact.api.ArchiveContact;
import app.touchbase.contact.api.ContactPage;
import app.touchbase.contact.api.EraseContact;
import app.touchbase.contact.api.ListAllContacts;
import app.touchbase.interaction.api.InteractionType;
import app.touchbase.shared.api.InvalidInputException;
import app.touchbase.support.IntegrationTest;
import app.touchbase.support.MutableClock;
import app.touchbase.support.Touchbase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

@IntegrationTest
class NetworkOverTimeTest {

    @Autowired
    Touchbase touchbase;
    @Autowired
    MutableClock clock;

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private NetworkOverTime network(String owner, LocalDate from, LocalDate to) {
        return touchbase.query(new FetchNetworkOverTime(owner, from, to), NetworkOverTime.class);
    }

    /** The network lists the contacts from the address book, which follows the events a moment later. */
    private void inAddressBook(String owner, int contacts) {
        await().until(() -> touchbase.query(new ListAllContacts(owner), ContactPage.class).contacts().size() == contacts);
    }

    /**
     * Grace (every 2 weeks) is in touch, due from day 14 and overdue from day 21; a touch on day 19 logged only on day 24
     * puts her back in touch from day 24, not before. Alan (weekly) falls due on day 7, is snoozed on day 8 until day 12,
     * then is due again and overdue from day 15. Ada has no rule and is never counted; Joan is counted until archived.
     */
    @Test
    void eachDayCountsTheNetworkAsItWasKnownThatDay() {
        String owner = Touchbase.newOwner();
        LocalDate start = today();
        UUID grace = touchbase.addContact(owner, "Grace Hopper");
        touchbase.setCadence(owner, grace, Period.ofWeeks(2));
        UUID alan = touchbase.addContact(owner, "Alan Turing");
        touchbase.setCadence(owner, alan, Period.ofWeeks(1));
        touchbase.addContact(owner, "Ada Lovelace");
        UUID joan = touchbase.addContact(owner, "Joan Clarke");
        touchbase.setCadence(owner, joan, Period.ofMonths(6));
        clock.advance(Duration.ofDays(3));
        touchbase.send(new ArchiveContact(joan, owner));
        clock.advance(Duration.ofDays(5));
        touchbase.send(new SnoozeTouch(alan, owner, start.plusDays(12), null));
        clock.advance(Duration.ofDays(16));
        touchbase.logInteraction(owner, grace, InteractionType.CALL, start.plusDays(19));

        inAddressBook(owner, 4);
        NetworkOverTime network = network(owner, start.minusDays(1), today());

        assertThat(network.days()).hasSize(26);
        assertThat(network.days()).extracting(NetworkDay::day).startsWith(start.minusDays(1)).endsWith(start.plusDays(24));
        assertThat(network.days().get(0).total()).as("before anyone was added").isZero();
        for (int day = 0; day <= 24; day++) {
            NetworkDay counted = network.days().get(day + 1);
            int inTouch = (day <= 13 ? 1 : 0) + (day == 24 ? 1 : 0) + (day <= 6 ? 1 : 0) + (day <= 2 ? 1 : 0);
            int due = (day >= 14 && day <= 20 ? 1 : 0) + (day == 7 || (day >= 12 && day <= 14) ? 1 : 0);
            int overdue = (day >= 21 && day <= 23 ? 1 : 0) + (day >= 15 ? 1 : 0);
            int snoozed = day >= 8 && day <= 11 ? 1 : 0;
            assertThat(counted).as("day " + day).isEqualTo(new NetworkDay(start.plusDays(day), inTouch, snoozed, due, overdue));
        }
    }

    @Test
    void anErasedContactIsCountedOnNoDay() {
        String owner = Touchbase.newOwner();
        UUID grace = touchbase.addContact(owner, "Grace Hopper");
        touchbase.setCadence(owner, grace, Period.ofWeeks(1));
        UUID alan = touchbase.addContact(owner, "Alan Turing");
        touchbase.setCadence(owner, alan, Period.ofWeeks(1));
        clock.advance(Duration.ofDays(2));
        inAddressBook(owner, 2);
        assertThat(network(owner, today().minusDays(2), today()).days()).extracting(NetworkDay::inTouch).containsOnly(2);

        touchbase.send(new EraseContact(grace, owner, "Grace Hopper"));

        assertThat(network(owner, today().minusDays(2), today()).days()).extracting(NetworkDay::inTouch).containsOnly(1);
    }

    @Test
    void anotherOwnerSeesNothingOfTheNetwork() {
        String owner = Touchbase.newOwner();
        UUID grace = touchbase.addContact(owner, "Grace Hopper");
        touchbase.setCadence(owner, grace, Period.ofWeeks(1));
        clock.advance(Duration.ofDays(10));
        inAddressBook(owner, 1);

        assertThat(network(owner, today().minusDays(3), today()).days()).extracting(NetworkDay::total).containsOnly(1);
        assertThat(network(Touchbase.newOwner(), today().minusDays(3), today()).days()).hasSize(4)
                .allSatisfy(day -> assertThat(day.total()).isZero());
    }

    @Test
    void aRangeInTheFutureTooLongOrBackwardsGetsAMessageSayingWhatToAskFor() {
        String owner = Touchbase.newOwner();
        assertThatThrownBy(() -> network(owner, today(), today().plusDays(1)))
                .cause().isInstanceOf(InvalidInputException.class).hasMessageContaining("today (" + today() + ") at the latest");
        assertThatThrownBy(() -> network(owner, today().minusDays(FetchNetworkOverTime.MAX_DAYS), today()))
                .cause().isInstanceOf(InvalidInputException.class).hasMessageContaining("Ask for 1 to 366 days");
        assertThatThrownBy(() -> network(owner, today(), today().minusDays(1)))
                .cause().isInstanceOf(InvalidInputException.class).hasMessageContaining("the first on or before the last");
        assertThatThrownBy(() -> network(null, today(), today()))
                .cause().isInstanceOf(InvalidInputException.class).hasMessage("The owning account must not be empty.");
    }
}
