package app.touchbase.support;

import app.touchbase.platform.axon.ReadModels;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoTrackingToken;
import org.bson.Document;
import org.springframework.context.ApplicationContext;

import java.util.Collection;
import java.util.function.BiPredicate;
import java.util.stream.Stream;

import static com.mongodb.client.model.Projections.include;
import static com.mongodb.client.model.Sorts.descending;

/**
 * Whether the read models have folded the newest stored event: their processor's token covers it, and the token is
 * stored only after the batch's writes. (The processor's "caught up" stays true once reached, even while it folds
 * events stored after that.)
 */
public final class NewestEventFolded {

    private NewestEventFolded() {
    }

    public static boolean in(ApplicationContext app) {
        return foldedBy(app, Stream.of(app.getBean(EventProcessingConfiguration.class)
                        .eventProcessor(ReadModels.PROCESSING_GROUP, TrackingEventProcessor.class).orElseThrow()),
                TrackingToken::covers);
    }

    /**
     * Whether every tracking processor (the reminder sagas and the automations too) has passed the newest stored
     * event: a history stored in bulk is followed by each of them, not only by the read models. A processor that
     * started after it (near the head, and given no event since) has nothing of it to fold.
     */
    public static boolean byEveryProcessor(ApplicationContext app) {
        return foldedBy(app, app.getBean(EventProcessingConfiguration.class).eventProcessors().values().stream()
                .filter(TrackingEventProcessor.class::isInstance).map(TrackingEventProcessor.class::cast),
                (token, head) -> token.covers(head) || startedAfter(token, head));
    }

    private static boolean startedAfter(TrackingToken token, MongoTrackingToken head) {
        return token instanceof MongoTrackingToken position && position.getTrackedEvents().isEmpty()
                && position.getTimestamp().isAfter(head.getTimestamp());
    }

    private static boolean foldedBy(ApplicationContext app, Stream<TrackingEventProcessor> processors,
                                    BiPredicate<TrackingToken, MongoTrackingToken> passed) {
        Document newest = app.getBean(MongoTemplate.class).eventCollection().find()
                .sort(descending("timestamp", "sequenceNumber"))
                .projection(include("eventIdentifier", "timestamp"))
                .first();
        if (newest == null) {
            return true;
        }
        MongoTrackingToken head = MongoTrackingToken.of(DateTimeUtils.parseInstant(newest.getString("timestamp")),
                newest.getString("eventIdentifier"));
        return processors.allMatch(processor -> {
            Collection<EventTrackerStatus> segments = processor.processingStatus().values();
            return !segments.isEmpty() && segments.stream().allMatch(segment -> {
                TrackingToken token = WrappedToken.unwrapLowerBound(segment.getTrackingToken());
                return token != null && passed.test(token, head);
            });
        });
    }
}
