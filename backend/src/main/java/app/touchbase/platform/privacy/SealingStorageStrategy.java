package app.touchbase.platform.privacy;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventUtils;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.DocumentPerEventStorageStrategy;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.EventEntry;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.EventEntryConfiguration;
import org.axonframework.serialization.Serializer;
import org.bson.Document;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/** One document per event, as axon-mongo writes it, with the event's id at hand while its payload is sealed. */
public class SealingStorageStrategy extends DocumentPerEventStorageStrategy {

    public SealingStorageStrategy(EventEntryConfiguration configuration, Duration lookBackTime) {
        super(configuration, lookBackTime);
    }

    @Override
    protected Stream<Document> createEventDocuments(List<? extends EventMessage<?>> events, Serializer serializer) {
        return events.stream()
                .map(EventUtils::asDomainEventMessage)
                .map(event -> EventBeingStored.with(event.getIdentifier(), () -> new EventEntry(event, serializer)))
                .map(entry -> entry.asDocument(eventConfiguration()));
    }
}
