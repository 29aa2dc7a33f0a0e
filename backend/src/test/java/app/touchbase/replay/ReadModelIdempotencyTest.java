package app.touchbase.replay;

import app.touchbase.TouchbaseTestApplication;
import app.touchbase.contact.NextTouchState;
import app.touchbase.contact.TouchesSoFar;
import app.touchbase.platform.axon.ReadModels;
import app.touchbase.shared.api.ContactEvent;
import app.touchbase.support.RandomHistory;
import app.touchbase.support.ReadModelSnapshot;
import app.touchbase.support.TestClockConfiguration;
import com.mongodb.client.MongoDatabase;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.bson.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every projection of the read-model processor folds a redelivered event to the same documents: a crash before the
 * processor stores its token makes it deliver the events since the last stored token again, and without transactions
 * what the handlers wrote before the crash stays. So: one clean pass over a random history, then a pass in which
 * batches are cut short at a random event and delivered again from their start, and every collection must match.
 */
@SpringBootTest(classes = TouchbaseTestApplication.class, properties = "touchbase.storage.database=idempotency")
@Import({TestClockConfiguration.class, ReadModelIdempotencyTest.HistoryAsGenerated.class})
class ReadModelIdempotencyTest {

    private static final int MAX_BATCH = 40;

    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    MongoDatabase database;
    @Autowired
    GeneratedTouchesSoFar touchesSoFar;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void redeliveredBatchesFoldToTheSameReadModelsAsOneCleanPass(long seed) throws Exception {
        List<DomainEventMessage<?>> history = RandomHistory.generate(seed, 2, 8, 16);
        touchesSoFar.history = history;
        EventHandlerInvoker readModels = processing.eventProcessorByProcessingGroup(ReadModels.PROCESSING_GROUP, TrackingEventProcessor.class)
                .orElseThrow().eventHandlerInvoker();

        readModels.performReset();
        for (EventMessage<?> event : history) {
            deliver(readModels, event);
        }
        Map<String, List<Document>> clean = ReadModelSnapshot.of(database);
        assertThat(clean).containsKeys("contact_directory", "contact_interactions", "contact_timeline", "next_touch",
                "accounts", "important_dates", "follow_ups", "occasion_contacts", "imports", "circles",
                "contact_touch_months", "contact_give_and_ask");
        assertThat(clean.get("contact_timeline")).hasSizeGreaterThan(100);

        readModels.performReset();
        Random crashes = new Random(seed);
        int redelivered = 0;
        for (int start = 0; start < history.size(); ) {
            int end = Math.min(history.size(), start + 1 + crashes.nextInt(MAX_BATCH));
            if (crashes.nextInt(4) > 0) {
                int crashAt = start + 1 + crashes.nextInt(end - start);
                for (EventMessage<?> event : history.subList(start, crashAt)) {
                    deliver(readModels, event);
                }
                redelivered += crashAt - start;
            }
            for (EventMessage<?> event : history.subList(start, end)) {
                deliver(readModels, event);
            }
            start = end;
        }
        assertThat(redelivered).isGreaterThan(history.size() / 10);

        ReadModelSnapshot.assertSame(ReadModelSnapshot.of(database), clean, "after redelivery");
    }

    /** As the processor does: each event in a unit of work, through the processor's own handler invoker. */
    private static void deliver(EventHandlerInvoker readModels, EventMessage<?> event) throws Exception {
        var result = DefaultUnitOfWork.startAndGet(event).executeWithResult(() -> {
            readModels.handle(event, Segment.ROOT_SEGMENT);
            return null;
        });
        if (result.isExceptional()) {
            throw new AssertionError("handling " + event.getPayloadType().getSimpleName() + " failed", result.exceptionResult());
        }
    }

    /**
     * The history goes to the handlers without being stored, so what a next-touch document reads back of a contact's
     * earlier touches comes from the generated history, as the event store would give it.
     */
    @TestConfiguration
    static class HistoryAsGenerated {

        @Bean
        @Primary
        GeneratedTouchesSoFar generatedTouchesSoFar() {
            return new GeneratedTouchesSoFar();
        }
    }

    static class GeneratedTouchesSoFar implements TouchesSoFar {

        volatile List<DomainEventMessage<?>> history = List.of();

        @Override
        public NextTouchState upTo(UUID contactId, long sequenceNumber) {
            return history.stream()
                    .filter(event -> event.getAggregateIdentifier().equals(contactId.toString()) && event.getSequenceNumber() <= sequenceNumber)
                    .map(DomainEventMessage::getPayload)
                    .filter(ContactEvent.class::isInstance)
                    .map(ContactEvent.class::cast)
                    .reduce(NextTouchState.NONE, NextTouchState::after, (first, second) -> second);
        }
    }
}
