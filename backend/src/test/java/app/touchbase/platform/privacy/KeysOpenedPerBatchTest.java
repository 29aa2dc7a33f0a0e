package app.touchbase.platform.privacy;

import app.touchbase.interaction.api.Direction;
import app.touchbase.interaction.api.InteractionType;
import app.touchbase.interaction.api.LogInteraction;
import app.touchbase.platform.storage.MongoConfiguration;
import app.touchbase.platform.storage.MongoEndpoint;
import app.touchbase.platform.storage.StorageProperties;
import app.touchbase.support.IntegrationTest;
import app.touchbase.support.RequestsSent;
import app.touchbase.support.Touchbase;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.EventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.EventEntryConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading a contact's events, or a batch of the stream, opens the keys of the batch's sealed fields with one request:
 * one request per touch note made every load of a contact with a long history a round trip per note. The events are
 * stored by the real commands; the keys are read by a fresh {@link PersonalDataKeys}, none of its keys open yet, on a
 * client that counts its requests for keys.
 */
@IntegrationTest
class KeysOpenedPerBatchTest {

    static final int NOTES = 30;

    @Autowired
    Touchbase touchbase;
    @Autowired
    MongoEndpoint endpoint;
    @Autowired
    MongoTemplate axonMongoTemplate;
    @Autowired
    StorageProperties properties;
    @Autowired
    ErasedKeys erased;
    @Autowired
    Clock clock;

    final RequestsSent requestsSent = new RequestsSent();
    MongoClient counting;
    PersonalDataKeys keys;
    SealingStorageStrategy storage;

    @BeforeEach
    void countTheRequestsForKeys() {
        counting = MongoClients.create(MongoClientSettings.builder(MongoConfiguration.clientSettings(endpoint.connectionString()))
                .addCommandListener(requestsSent).build());
        keys = new PersonalDataKeys(counting.getDatabase(properties.database()), erased, clock, 10_000);
        storage = new SealingStorageStrategy(EventEntryConfiguration.getDefault(), properties.eventLookback(), keys);
    }

    private int keyRequests() {
        return requestsSent.count("find", PersonalDataKeys.COLLECTION);
    }

    @AfterEach
    void close() {
        counting.close();
    }

    @Test
    void aContactsEventsOpenTheKeysOfAllItsNotesWithOneRequest() {
        String owner = Touchbase.newOwner();
        UUID grace = touchbase.addContact(owner, "Grace Hopper");
        for (int i = 0; i < NOTES; i++) {
            touchbase.send(new LogInteraction(grace, owner, UUID.randomUUID(), InteractionType.CALL, LocalDate.of(2026, 1, 1).plusDays(i),
                    Direction.NEUTRAL, "Talked about the compiler, part " + i));
        }

        List<? extends DomainEventData<?>> events = storage.findDomainEvents(axonMongoTemplate.eventCollection(), grace.toString(), 0, 100);

        Set<String> sealedWith = keyIdsOf(events);
        assertThat(events).hasSize(NOTES + 1);
        assertThat(sealedWith).as("the contact's own key and one for each note").hasSize(NOTES + 1);
        assertThat(keyRequests()).as("one request for the keys of the whole batch").isEqualTo(1);
        sealedWith.forEach(keyId -> assertThat(keys.opening(keyId)).as(keyId).isPresent());
        assertThat(keyRequests()).as("every key was open already").isEqualTo(1);

        storage.findDomainEvents(axonMongoTemplate.eventCollection(), grace.toString(), 0, 100);
        assertThat(keyRequests()).as("keys open already are not asked for again").isEqualTo(1);
    }

    @Test
    void aBatchOfTheStreamOpensItsKeysWithOneRequest() {
        String owner = Touchbase.newOwner();
        UUID ada = touchbase.addContact(owner, "Ada Lovelace");
        touchbase.send(new LogInteraction(ada, owner, UUID.randomUUID(), InteractionType.EMAIL, LocalDate.of(2026, 1, 1),
                Direction.GAVE, "Sent the notes on the engine"));

        List<? extends TrackedEventData<?>> batch = storage.findTrackedEvents(axonMongoTemplate.eventCollection(), null, 100);

        Set<String> sealedWith = keyIdsOf(batch);
        assertThat(sealedWith).hasSizeGreaterThan(1);
        assertThat(keyRequests()).isEqualTo(1);
        sealedWith.forEach(keyId -> keys.opening(keyId));
        assertThat(keyRequests()).as("every key of the batch was asked for in that request").isEqualTo(1);
    }

    private static Set<String> keyIdsOf(List<? extends EventData<?>> events) {
        Set<String> keyIds = new LinkedHashSet<>();
        events.forEach(event -> SealedValue.keyIdsIn((String) event.getPayload().getData(), keyIds));
        return keyIds;
    }
}
