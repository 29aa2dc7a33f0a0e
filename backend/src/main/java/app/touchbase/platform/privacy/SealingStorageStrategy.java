package app.touchbase.platform.privacy;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoCursor;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.EventData;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventUtils;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoTrackingToken;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.DocumentPerEventStorageStrategy;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.EventEntry;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.EventEntryConfiguration;
import org.axonframework.serialization.Serializer;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.nin;
import static com.mongodb.client.model.Sorts.ascending;
import static org.axonframework.common.DateTimeUtils.formatInstant;

/**
 * One document per event, as axon-mongo writes it, with the event's id at hand while its payload is sealed; and the
 * stream read as axon-mongo reads it, but asking the server for no more documents than the batch takes.
 */
public class SealingStorageStrategy extends DocumentPerEventStorageStrategy {

    private final Duration lookBackTime;
    private final PersonalDataKeys keys;

    public SealingStorageStrategy(EventEntryConfiguration configuration, Duration lookBackTime, PersonalDataKeys keys) {
        super(configuration, lookBackTime);
        this.lookBackTime = lookBackTime == null ? Duration.ofSeconds(1) : lookBackTime; // axon-mongo's own default
        this.keys = keys;
    }

    @Override
    protected Stream<Document> createEventDocuments(List<? extends EventMessage<?>> events, Serializer serializer) {
        return events.stream()
                .map(EventUtils::asDomainEventMessage)
                .map(event -> EventBeingStored.with(event.getIdentifier(), () -> new EventEntry(event, serializer)))
                .map(entry -> entry.asDocument(eventConfiguration()));
    }

    /**
     * No aggregate here takes snapshots (a rule of the architecture test), so loading one asks only for its events:
     * one round trip less per command.
     */
    @Override
    public Stream<? extends DomainEventData<?>> findSnapshots(MongoCollection<Document> snapshotCollection, String aggregateIdentifier) {
        return Stream.empty();
    }

    /** A contact's events, a batch at a time, with the keys of the batch's sealed fields opened in one request. */
    @Override
    public List<? extends DomainEventData<?>> findDomainEvents(MongoCollection<Document> collection, String aggregateIdentifier,
                                                               long firstSequenceNumber, int batchSize) {
        return withKeysOpened(super.findDomainEvents(collection, aggregateIdentifier, firstSequenceNumber, batchSize));
    }

    private <T extends EventData<?>> List<T> withKeysOpened(List<T> batch) {
        Set<String> keyIds = new LinkedHashSet<>();
        for (EventData<?> event : batch) {
            if (event.getPayload().getData() instanceof String json) {
                SealedValue.keyIdsIn(json, keyIds);
            }
        }
        keys.openAhead(keyIds);
        return batch;
    }

    /**
     * axon-mongo sets only the cursor's batch size, so the server matches and sorts every event from the token's
     * look-back window to the newest one on each fetch (on the embedded server, the whole rest of the history while a
     * processor replays); with a limit it reads the window and one batch.
     */
    @Override
    public List<? extends TrackedEventData<?>> findTrackedEvents(MongoCollection<Document> eventCollection,
                                                                 TrackingToken lastToken, int batchSize) {
        EventEntryConfiguration fields = eventConfiguration();
        MongoTrackingToken token = (MongoTrackingToken) lastToken;
        Bson filter = token == null ? new Document()
                : and(gte(fields.timestampProperty(), formatInstant(token.getTimestamp().minus(lookBackTime))),
                nin(fields.eventIdentifierProperty(), token.getKnownEventIds()));
        List<TrackedEventData<?>> results = new ArrayList<>();
        try (MongoCursor<Document> documents = eventCollection.find(filter)
                .sort(ascending(fields.timestampProperty(), fields.sequenceNumberProperty()))
                .limit(batchSize)
                .batchSize(batchSize)
                .iterator()) {
            while (results.size() < batchSize && documents.hasNext()) {
                for (DomainEventData<?> event : extractEvents(documents.next()).toList()) {
                    if (token == null || !token.getKnownEventIds().contains(event.getEventIdentifier())) {
                        token = token == null
                                ? MongoTrackingToken.of(event.getTimestamp(), event.getEventIdentifier())
                                : token.advanceTo(event.getTimestamp(), event.getEventIdentifier(), lookBackTime);
                        results.add(new TrackedDomainEventData<>(token, event));
                    }
                }
            }
        }
        return withKeysOpened(results);
    }
}
