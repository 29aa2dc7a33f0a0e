package app.touchbase.history;

import app.touchbase.TouchbaseTestApplication;
import app.touchbase.platform.axon.ReadModels;
import app.touchbase.replay.api.FetchReadModelStatus;
import app.touchbase.replay.api.ReadModelStatus;
import app.touchbase.replay.api.RebuildReadModels;
import app.touchbase.support.ReadModelSnapshot;
import app.touchbase.support.TestClockConfiguration;
import app.touchbase.support.Touchbase;
import com.mongodb.client.MongoDatabase;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.serialization.Revision;
import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A store written by the first Touchbase: every kind of event in the shape it was first stored in
 * ({@code history/oldest-shapes.json}, no revisions, instants where days are meant now, fields added since missing).
 * Restored into the event store and replayed, it must fold into exactly the read models that the same history, written
 * with today's event classes, folds into; and the contacts it holds must load and take commands.
 */
@SpringBootTest(classes = TouchbaseTestApplication.class, properties = "touchbase.storage.database=oldest-shapes")
@Import(TestClockConfiguration.class)
class OldestShapesTest {

    private static final JsonWriterSettings EXTENDED = JsonWriterSettings.builder().outputMode(JsonMode.EXTENDED).build();

    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    MongoDatabase database;
    @Autowired
    MongoTemplate axonMongoTemplate;
    @Autowired
    EventStore eventStore;
    @Autowired
    Touchbase touchbase;

    @Test
    void theOldestShapesReplayIntoTheReadModelsOfTodaysEvents() throws Exception {
        List<DomainEventMessage<?>> current = EveryEventHistory.events();
        storeOldestShapes();
        await().atMost(Duration.ofSeconds(60)).until(this::allCaughtUp);
        EventHandlerInvoker readModels = processing.eventProcessorByProcessingGroup(ReadModels.PROCESSING_GROUP, TrackingEventProcessor.class)
                .orElseThrow().eventHandlerInvoker();
        readModels.performReset();
        for (EventMessage<?> event : current) {
            deliver(readModels, event);
        }
        Map<String, List<Document>> fromCurrentEvents = ReadModelSnapshot.of(database);
        assertThat(fromCurrentEvents).containsKeys("contact_directory", "contact_timeline", "next_touch", "accounts", "circles",
                "imports", "follow_ups", "important_dates");

        assertThat(touchbase.<List<String>>send(new RebuildReadModels())).containsExactly(ReadModels.PROCESSING_GROUP);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(allCaughtUp()).isTrue();
            ReadModelSnapshot.assertSame(ReadModelSnapshot.of(database), fromCurrentEvents, "after replaying the oldest shapes");
        });
    }

    @Test
    void everyOldShapeReadsAsTheCurrentEvent() throws Exception {
        Map<String, Object> current = EveryEventHistory.events().stream()
                .collect(Collectors.toMap(DomainEventMessage::getIdentifier, DomainEventMessage::getPayload));
        List<Document> oldest = storeOldestShapes();
        int read = 0;
        for (String aggregate : oldest.stream().map(event -> event.getString("aggregateIdentifier")).collect(Collectors.toSet())) {
            for (DomainEventMessage<?> event : eventStore.readEvents(aggregate).asStream().toList()) {
                assertThat(event.getPayload()).as("%s %s", event.getPayloadType().getSimpleName(), event.getIdentifier())
                        .isEqualTo(current.get(event.getIdentifier()));
                read++;
            }
        }
        assertThat(read).isEqualTo(current.size());
    }

    private boolean allCaughtUp() {
        return touchbase.query(new FetchReadModelStatus(), ReadModelStatus.class).allCaughtUp();
    }

    /** The fixture holds every event class the code has, and every event class names its revision. */
    /** The oldest shapes were stored in plaintext; the first start sealed them in place, and they still read the same. */
    @Test
    void plaintextHistoryIsSealedOnceAtStart() throws Exception {
        storeOldestShapes();
        List<String> contactAdded = axonMongoTemplate.eventCollection()
                .find(com.mongodb.client.model.Filters.eq("payloadType", "app.touchbase.contact.api.ContactAdded"))
                .map(event -> event.getString("serializedPayload")).into(new ArrayList<>());
        assertThat(contactAdded).isNotEmpty().allSatisfy(payload -> assertThat(payload).contains("$sealed").doesNotContain("Grace Hopper"));
        assertThat(database.getCollection("storage_migrations").countDocuments()).isEqualTo(1);
    }

    @Test
    void theFixtureHoldsEveryEventAndEveryEventHasARevision() throws Exception {
        Set<String> inFixture = oldestShapes().stream().map(event -> event.getString("payloadType")).collect(Collectors.toCollection(TreeSet::new));
        Set<String> handled = handledEventClasses();
        assertThat(handled).as("events some handler reacts to").hasSizeGreaterThan(40);
        for (String event : handled) {
            assertThat(Class.forName(event).isAnnotationPresent(Revision.class)).as("%s names its revision", event).isTrue();
        }
        Set<String> revisioned = new TreeSet<>();
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter((reader, factory) -> reader.getAnnotationMetadata().hasAnnotation(Revision.class.getName()));
        scanner.findCandidateComponents("app.touchbase").forEach(bean -> revisioned.add(bean.getBeanClassName()));
        assertThat(inFixture).containsAll(handled).isEqualTo(revisioned);
    }

    private static Set<String> handledEventClasses() throws ClassNotFoundException {
        Set<String> events = new TreeSet<>();
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter((reader, factory) -> reader.getClassMetadata().getClassName().startsWith("app.touchbase."));
        for (var candidate : scanner.findCandidateComponents("app.touchbase")) {
            for (Method method : Class.forName(candidate.getBeanClassName()).getDeclaredMethods()) {
                boolean handler = method.isAnnotationPresent(EventHandler.class) || method.isAnnotationPresent(EventSourcingHandler.class)
                        || method.isAnnotationPresent(SagaEventHandler.class);
                if (handler && method.getParameterCount() > 0 && method.getParameterTypes()[0].isRecord()
                        && method.getParameterTypes()[0].getName().startsWith("app.touchbase.")) {
                    events.add(method.getParameterTypes()[0].getName());
                }
            }
        }
        return events;
    }

    /**
     * Into the event store as the first Touchbase wrote them, through a restore: before the event processors start,
     * so the automations, which start at the head, leave the old history alone.
     */
    @DynamicPropertySource
    static void restoreTheOldestShapes(DynamicPropertyRegistry properties) throws IOException {
        Path backup = Files.createTempFile("oldest-shapes", ".jsonl");
        backup.toFile().deleteOnExit();
        Files.write(backup, oldestShapes().stream().map(event -> event.toJson(EXTENDED)).toList());
        properties.add("touchbase.restore", backup::toString);
    }

    private List<Document> storeOldestShapes() throws IOException {
        List<Document> oldest = oldestShapes();
        assertThat(oldest).allSatisfy(event -> assertThat(event.get("payloadRevision")).isNull());
        List<String> stored = axonMongoTemplate.eventCollection().find()
                .map(event -> event.getString("payloadType") + " " + event.getString("aggregateIdentifier")).into(new ArrayList<>());
        assertThat(stored).as("the restored events, and nothing acted on them").hasSize(oldest.size());
        return oldest;
    }

    static List<Document> oldestShapes() throws IOException {
        try (InputStream in = OldestShapesTest.class.getResourceAsStream("/history/oldest-shapes.json")) {
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<Document> events = new ArrayList<>();
            for (Object event : Document.parse("{\"events\": " + json + "}").getList("events", Object.class)) {
                events.add((Document) event);
            }
            return events;
        }
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
}
