package app.touchbase.erasure;

import app.touchbase.account.api.AccountSettings;
import app.touchbase.account.api.DeleteAccount;
import app.touchbase.account.api.FetchAccountSettings;
import app.touchbase.account.api.FindLoginAccount;
import app.touchbase.account.api.LoginAccount;
import app.touchbase.account.api.RegisterAccount;
import app.touchbase.circle.api.CircleDetails;
import app.touchbase.circle.api.CircleSummary;
import app.touchbase.circle.api.CreateCircle;
import app.touchbase.circle.api.ListCircles;
import app.touchbase.contact.api.ContactDetails;
import app.touchbase.contact.api.ContactPage;
import app.touchbase.contact.api.SearchContacts;
import app.touchbase.interaction.api.InteractionType;
import app.touchbase.interaction.api.LogInteraction;
import app.touchbase.platform.axon.ReadModels;
import app.touchbase.replay.api.FetchReadModelStatus;
import app.touchbase.replay.api.ReadModelStatus;
import app.touchbase.replay.api.RebuildReadModels;
import app.touchbase.shared.api.InvalidInputException;
import app.touchbase.support.IntegrationTest;
import app.touchbase.support.MutableClock;
import app.touchbase.support.Touchbase;
import com.mongodb.client.MongoDatabase;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Deleting an account erases everything personal in it; the user name can then be taken again, from nothing. */
@IntegrationTest
class AccountDeletionTest {

    @Autowired
    Touchbase touchbase;
    @Autowired
    MongoTemplate axonMongoTemplate;
    @Autowired
    MongoDatabase touchbaseDatabase;
    @Autowired
    MutableClock clock;

    private long contacts(String owner) {
        return touchbase.query(new SearchContacts(owner, null, null, true, 0, 50), ContactPage.class).total();
    }

    private List<String> storedPayloads(List<String> aggregates) {
        return axonMongoTemplate.eventCollection().find(in("aggregateIdentifier", aggregates))
                .map(event -> event.getString("serializedPayload")).into(new ArrayList<>());
    }

    @Test
    void aDeletedAccountLeavesNothingReadableAndItsNameCanBeTakenAgain() {
        String username = "del-" + UUID.randomUUID().toString().substring(0, 8);
        String owner = touchbase.send(new RegisterAccount(username, "Ada Byron", "first long password", ZoneId.of("Europe/London")));
        UUID charles = touchbase.addContact(owner, ContactDetails.named("Charles Babbage").withEmails("charles@engine.org"));
        touchbase.send(new LogInteraction(charles, owner, UUID.randomUUID(), InteractionType.CALL, LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/London")).minusDays(1), null, "The difference engine"));
        touchbase.send(new CreateCircle(UUID.randomUUID(), owner, CircleDetails.named("Analytical friends")));
        String neighbour = touchbase.send(new RegisterAccount("other-" + username, "Mary", "another long password", ZoneId.of("UTC")));
        UUID mary = touchbase.addContact(neighbour, "Mary Somerville");
        await().until(() -> contacts(owner) == 1 && contacts(neighbour) == 1);

        assertThatThrownBy(() -> touchbase.send(new DeleteAccount(owner, "not the password")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not your password");
        assertThatThrownBy(() -> touchbase.send(new DeleteAccount(owner, "another long password")))
                .as("another account's password deletes nothing").isInstanceOf(InvalidInputException.class);
        assertThat(contacts(owner)).isEqualTo(1);

        touchbase.send(new DeleteAccount(owner, "first long password"));

        await().untilAsserted(() -> {
            assertThat(contacts(owner)).isZero();
            assertThat(touchbase.queryList(new ListCircles(owner, true), CircleSummary.class)).isEmpty();
            assertThat(touchbase.queryOptional(new FindLoginAccount(username), LoginAccount.class)).isEmpty();
        });
        assertThat(storedPayloads(List.of(owner, charles.toString()))).isNotEmpty()
                .allSatisfy(payload -> assertThat(payload).doesNotContain("Ada Byron", "Babbage", "charles@engine.org", "difference engine",
                        "Analytical"));
        assertThat(touchbaseDatabase.getCollection("personal_data_keys").countDocuments(eq("owner", owner))).isZero();
        assertThat(contacts(neighbour)).as("another account is left alone").isEqualTo(1);
        assertThat(touchbase.contact(neighbour, mary)).isPresent();

        assertThat(touchbase.<List<String>>send(new RebuildReadModels())).containsExactly(ReadModels.PROCESSING_GROUP);
        await().untilAsserted(() -> {
            assertThat(touchbase.query(new FetchReadModelStatus(), ReadModelStatus.class).allCaughtUp())
                    .as("a replay folds around what the deleted account recorded").isTrue();
            assertThat(contacts(neighbour)).isEqualTo(1);
        });
        assertThat(contacts(owner)).isZero();
        assertThat(touchbase.queryList(new ListCircles(owner, true), CircleSummary.class)).isEmpty();

        assertThat(touchbase.<String>send(new RegisterAccount(username, "Ada King", "second long password", ZoneId.of("Europe/London"))))
                .isEqualTo(owner);
        await().untilAsserted(() -> assertThat(touchbase.queryOptional(new FetchAccountSettings(owner), AccountSettings.class))
                .hasValueSatisfying(settings -> assertThat(settings.displayName()).isEqualTo("Ada King")));
        assertThat(touchbase.queryOptional(new FindLoginAccount(username), LoginAccount.class)).isPresent();
        assertThat(contacts(owner)).as("the name is taken again, from nothing").isZero();
    }
}
