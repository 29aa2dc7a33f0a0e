package app.touchbase.platform.axon;

import app.touchbase.platform.privacy.OpenSealedFields;
import app.touchbase.platform.privacy.PersonalDataKeys;
import app.touchbase.platform.privacy.SealingStorageStrategy;
import app.touchbase.platform.storage.StorageMode;
import app.touchbase.platform.storage.StorageProperties;
import app.touchbase.shared.OwnerZoneHistory;
import com.mongodb.client.MongoClient;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventhandling.saga.repository.MongoSagaStore;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.EventEntryConfiguration;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.modelling.saga.repository.SagaStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;

/**
 * Events, tracking tokens and sagas live in MongoDB through axon-mongo, wired here by hand
 * (its Boot starter lags behind Axon and would force a Spring transaction manager).
 * The embedded server has no transactions, so Axon runs without one: every read model is written
 * idempotently and tolerates seeing an event twice after a crash.
 */
@Configuration(proxyBeanMethods = false)
public class AxonStorageConfiguration {

    /** Events per fetch from the store; larger batches make replays much faster on the embedded server. */
    static final int EVENT_BATCH_SIZE = 500;

    @Bean
    MongoTemplate axonMongoTemplate(MongoClient client, StorageProperties properties) {
        return DefaultMongoTemplate.builder().mongoDatabase(client, properties.database()).build();
    }

    /** How every stored event is read: sealed fields opened, then older shapes turned into the current ones. */
    @Bean
    EventUpcasterChain eventUpcasters(OpenSealedFields openSealedFields, OwnerZoneHistory zoneHistory) {
        return EventUpcasters.chain(openSealedFields, zoneHistory);
    }

    @Bean
    EventStorageEngine eventStorageEngine(MongoTemplate axonMongoTemplate,
                                          Serializer serializer,
                                          @Qualifier("eventSerializer") Serializer eventSerializer,
                                          StorageProperties properties,
                                          EventUpcasterChain eventUpcasters,
                                          PersonalDataKeys personalDataKeys) {
        MongoEventStorageEngine engine = MongoEventStorageEngine.builder()
                .mongoTemplate(axonMongoTemplate)
                .storageStrategy(new SealingStorageStrategy(
                        EventEntryConfiguration.getDefault(), properties.eventLookback(), personalDataKeys))
                .eventSerializer(eventSerializer)
                .upcasterChain(eventUpcasters)
                .snapshotSerializer(serializer)
                .transactionManager(NoTransactionManager.INSTANCE)
                .batchSize(EVENT_BATCH_SIZE)
                .build();
        engine.ensureIndexes();
        return engine;
    }

    /**
     * Only one process can open the embedded data file, so a token claim found in it was made by this installation's
     * previous process: with one node id for every embedded start, a restart after a crash takes its claims back at
     * once instead of waiting for them to time out. On an external MongoDB instances keep Axon's own node ids.
     */
    static final String EMBEDDED_NODE_ID = "touchbase-embedded";

    /** On the embedded server an idle processor's claim is written once a minute instead of every second. */
    static final Duration EMBEDDED_CLAIM_EXTENSION = Duration.ofMinutes(1);

    @Bean
    TokenStore tokenStore(MongoTemplate axonMongoTemplate, Serializer serializer, StorageProperties properties) {
        MongoTokenStore.Builder builder = MongoTokenStore.builder();
        if (properties.mode() != StorageMode.EXTERNAL) {
            builder.nodeId(EMBEDDED_NODE_ID);
        }
        TokenStore store = builder
                .mongoTemplate(axonMongoTemplate)
                .serializer(serializer)
                .transactionManager(NoTransactionManager.INSTANCE)
                .build();
        return properties.mode() == StorageMode.EXTERNAL ? store
                : new ClaimsKeptInProcess(store, EMBEDDED_CLAIM_EXTENSION, System::nanoTime);
    }

    /** axon-mongo creates no indexes for sagas: one to load a saga, one to find sagas by association. */
    @Bean
    SagaStore<Object> sagaStore(MongoTemplate axonMongoTemplate, Serializer serializer) {
        axonMongoTemplate.sagaCollection().createIndex(Indexes.ascending("sagaIdentifier"), new IndexOptions().unique(true));
        axonMongoTemplate.sagaCollection().createIndex(Indexes.ascending("sagaType", "associations.key", "associations.value"));
        return MongoSagaStore.builder()
                .mongoTemplate(axonMongoTemplate)
                .serializer(serializer)
                .transactionManager(NoTransactionManager.INSTANCE)
                .build();
    }
}
