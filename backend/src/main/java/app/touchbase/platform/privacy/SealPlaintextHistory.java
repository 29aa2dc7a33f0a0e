package app.touchbase.platform.privacy;

import app.touchbase.shared.api.ContactEvent;
import app.touchbase.shared.api.PersonalData;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Updates;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.EventEntry;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.EventEntryConfiguration;
import org.axonframework.lifecycle.Phase;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Objects;
import java.util.stream.Stream;

import static com.mongodb.client.model.Filters.eq;

/**
 * Events stored before personal data was sealed are read as they are (opening passes plaintext through); once, at
 * the first start of a version that seals, each of them is rewritten sealed, in place, before any processor reads the
 * store. An event is rewritten only when its sealed form reads back equal to what it said, so nothing can be lost.
 */
@Configuration(proxyBeanMethods = false)
public class SealPlaintextHistory {

    private static final Logger LOG = LoggerFactory.getLogger(SealPlaintextHistory.class);
    private static final EventEntryConfiguration STORED = EventEntryConfiguration.getDefault();
    static final String DONE = "personal-data-sealed";
    static final String MIGRATIONS = "storage_migrations";

    /** Restored events may be plaintext (a backup from an older Touchbase): they are sealed at this start too. */
    public static void sealAgainAtThisStart(MongoDatabase touchbaseDatabase) {
        touchbaseDatabase.getCollection(MIGRATIONS).deleteOne(eq("_id", DONE));
    }

    @Bean
    ConfigurerModule sealPlaintextEventsOnce(MongoTemplate axonMongoTemplate, MongoDatabase touchbaseDatabase,
                                             @Qualifier("eventSerializer") Serializer eventSerializer, EventUpcasterChain eventUpcasters,
                                             ErasedKeys erased) {
        return configurer -> configurer.onInitialize(config -> config.onStart(Phase.INBOUND_EVENT_CONNECTORS - 1, () -> {
            MongoCollection<Document> migrations = touchbaseDatabase.getCollection(MIGRATIONS);
            if (migrations.find(eq("_id", DONE)).first() == null) {
                long sealed = sealAll(axonMongoTemplate.eventCollection(), eventSerializer, eventUpcasters, erased);
                migrations.insertOne(new Document("_id", DONE).append("events", sealed));
                if (sealed > 0) {
                    LOG.info("Sealed the personal data of {} events stored before it was sealed", sealed);
                }
            }
        }));
    }

    static long sealAll(MongoCollection<Document> events, Serializer serializer, EventUpcasterChain upcasters, ErasedKeys erased) {
        long sealed = 0;
        for (Document stored : events.find().batchSize(500)) {
            boolean plaintext = !String.valueOf(stored.get(STORED.payloadProperty())).contains(SealedValue.FIELD);
            if (plaintext && isPersonal(stored.getString(STORED.payloadTypeProperty())) && seal(events, stored, serializer, upcasters, erased)) {
                sealed++;
            }
        }
        return sealed;
    }

    private static boolean isPersonal(String payloadType) {
        try {
            return PersonalData.class.isAssignableFrom(Class.forName(payloadType));
        } catch (ClassNotFoundException unknown) {
            return false;
        }
    }

    /** An erased person's plaintext (from an old backup) is sealed with a key thrown away: it must not read back. */
    private static boolean seal(MongoCollection<Document> events, Document stored, Serializer serializer, EventUpcasterChain upcasters,
                                ErasedKeys erased) {
        Object payload = read(stored, serializer, upcasters);
        String eventId = stored.getString(STORED.eventIdentifierProperty());
        SerializedObject<String> sealed = EventBeingStored.with(eventId, () -> serializer.serialize(payload, String.class));
        Document rewritten = new Document(stored)
                .append(STORED.payloadProperty(), sealed.getData())
                .append(STORED.payloadRevisionProperty(), sealed.getType().getRevision());
        boolean ofAnErasedPerson = payload instanceof ContactEvent event && erased.isErasedContact(event.contactId());
        if (!ofAnErasedPerson && !Objects.equals(payload, read(rewritten, serializer, upcasters))) {
            LOG.warn("Event {} of type {} was left as stored: its sealed form did not read back the same", eventId,
                    stored.getString(STORED.payloadTypeProperty()));
            return false;
        }
        events.updateOne(eq("_id", stored.get("_id")), Updates.combine(
                Updates.set(STORED.payloadProperty(), sealed.getData()),
                Updates.set(STORED.payloadRevisionProperty(), sealed.getType().getRevision())));
        return true;
    }

    private static Object read(Document stored, Serializer serializer, EventUpcasterChain upcasters) {
        return EventStreamUtils.upcastAndDeserializeDomainEvents(Stream.of(new EventEntry(stored, STORED)), serializer, upcasters)
                .asStream().findFirst().map(DomainEventMessage::getPayload).orElseThrow();
    }
}
