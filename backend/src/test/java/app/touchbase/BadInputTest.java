package app.touchbase;

import app.touchbase.cadence.api.SetCadence;
import app.touchbase.contact.api.AddContact;
import app.touchbase.contact.api.ContactDetails;
import app.touchbase.contact.api.FetchContact;
import app.touchbase.contact.api.SearchContacts;
import app.touchbase.contact.api.UpdateContactDetails;
import app.touchbase.interaction.api.InteractionType;
import app.touchbase.interaction.api.LogInteraction;
import app.touchbase.shared.api.InvalidInputException;
import app.touchbase.shared.api.UnknownContactException;
import app.touchbase.support.IntegrationTest;
import app.touchbase.support.Touchbase;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.time.Period;
import java.util.UUID;
import java.util.concurrent.CompletionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Bad requests through the real gateways: a message that says what to fix, and nothing stored. */
@IntegrationTest
class BadInputTest {

    @Autowired
    Touchbase touchbase;
    @Autowired
    EventStore eventStore;

    final String owner = Touchbase.newOwner();

    long storedEvents(UUID contactId) {
        return eventStore.readEvents(contactId.toString()).asStream().count();
    }

    @Test
    void anEmptyNameIsRefusedAndNothingIsStored() {
        UUID id = UUID.randomUUID();
        assertThatThrownBy(() -> touchbase.send(new AddContact(id, owner, ContactDetails.named(" "))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Name must not be empty.")
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("name");
        assertThat(storedEvents(id)).isZero();
    }

    @Test
    void aMalformedEmailIsRefusedAndTheStoredDetailsStay() {
        UUID id = touchbase.addContact(owner, ContactDetails.named("Grace").withEmails("grace@navy.mil"));
        assertThatThrownBy(() -> touchbase.send(new UpdateContactDetails(id, owner, ContactDetails.named("Grace").withEmails("grace(at)navy"))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'grace(at)navy' is not a valid email address");
        assertThat(storedEvents(id)).isEqualTo(1);
        await().untilAsserted(() -> assertThat(touchbase.contact(owner, id).orElseThrow().contact().details().emails())
                .containsExactly("grace@navy.mil"));
    }

    @Test
    void aCadenceOutOfRangeIsRefused() {
        UUID id = touchbase.addContact(owner, "Ken");
        assertThatThrownBy(() -> touchbase.setCadence(owner, id, Period.ofYears(5)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("between one day and three years");
        assertThat(storedEvents(id)).isEqualTo(1);
    }

    @Test
    void anUnknownContactIsReportedAsSuch() {
        UUID nobody = UUID.randomUUID();
        assertThatThrownBy(() -> touchbase.setCadence(owner, nobody, Period.ofMonths(1)))
                .isInstanceOf(UnknownContactException.class)
                .hasMessage("There is no contact " + nobody + " in your network.");
        assertThat(storedEvents(nobody)).isZero();
    }

    @Test
    void anotherOwnersContactCannotBeReadOrChanged() {
        UUID grace = touchbase.addContact(owner, "Grace");
        String mallory = Touchbase.newOwner();
        await().until(() -> touchbase.contact(owner, grace).isPresent());

        assertThatThrownBy(() -> touchbase.send(new LogInteraction(grace, mallory, UUID.randomUUID(), InteractionType.CALL,
                LocalDate.of(2026, 1, 1), null, null)))
                .isInstanceOf(UnknownContactException.class);
        assertThat(storedEvents(grace)).isEqualTo(1);
        assertThat(touchbase.contact(mallory, grace)).isEmpty();
        assertThat(touchbase.nextTouch(mallory, grace)).isEmpty();
        assertThat(touchbase.due(mallory).touches()).isEmpty();
    }

    @Test
    void aCommandWithoutContactOrOwnerGetsAValidationMessage() {
        assertThatThrownBy(() -> touchbase.send(new SetCadence(null, owner, Period.ofMonths(1))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("The contact id is required.");
        assertThatThrownBy(() -> touchbase.send(new SetCadence(UUID.randomUUID(), " ", Period.ofMonths(1))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("The owning account is required.");
    }

    @Test
    void aBadQueryGetsAValidationMessage() {
        assertThatThrownBy(() -> touchbase.query(new SearchContacts(owner, null, null, false, 0, 0), Object.class))
                .isInstanceOf(CompletionException.class)
                .cause().isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("between 1 and 500");
        assertThatThrownBy(() -> touchbase.query(new SearchContacts(owner, "word ".repeat(100), null, false, 0, 10), Object.class))
                .cause().isInstanceOf(InvalidInputException.class)
                .hasMessage("Search for at most 200 characters.");
        assertThatThrownBy(() -> touchbase.contact(null, UUID.randomUUID()))
                .cause().isInstanceOf(InvalidInputException.class)
                .hasMessage("The owning account must not be empty.");
    }
}
