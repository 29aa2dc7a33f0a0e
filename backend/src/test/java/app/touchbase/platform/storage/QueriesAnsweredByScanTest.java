package app.touchbase.platform.storage;

import app.touchbase.TouchbaseTestApplication;
import app.touchbase.account.api.AccountRegistered;
import app.touchbase.cadence.api.SnoozeTouch;
import app.touchbase.circle.api.CircleCreated;
import app.touchbase.contact.api.ContactAdded;
import app.touchbase.contact.api.ContactPage;
import app.touchbase.contact.api.ListAllContacts;
import app.touchbase.importing.api.ImportRecorded;
import app.touchbase.interaction.api.InteractionType;
import app.touchbase.plan.api.OpenWeeklyPlan;
import app.touchbase.plan.api.PlanEntry;
import app.touchbase.plan.api.PlanSource;
import app.touchbase.platform.storage.index.QueriesAnsweredByScan;
import app.touchbase.support.MutableClock;
import app.touchbase.support.NewestEventFolded;
import app.touchbase.support.RandomHistory;
import app.touchbase.support.TestClockConfiguration;
import app.touchbase.support.Touchbase;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.NoHandlerForQueryException;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;

import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every query the application sends the embedded server should be narrowed by an index. A random history with every
 * kind of event is folded by the read models, the sagas and the mail, a few commands load aggregates, and every query
 * the application answers is asked once; the server may have read whole collections only of those listed here. Its
 * own application context and server: the history's events are dated before any other test's, which processors
 * already past them would never fold, and nothing another test left running can add to what is recorded.
 */
@SpringBootTest(classes = TouchbaseTestApplication.class, properties = "touchbase.storage.database=scans")
@Import(TestClockConfiguration.class)
@DirtiesContext
class QueriesAnsweredByScanTest {

    /**
     * The collections a query may read whole, and why: each holds a few documents per installation. Any query on them
     * may scan, so background work (JobRunr's upkeep, the senders' heartbeats) can't make this test depend on timing.
     */
    static final Map<String, String> MAY_SCAN = Map.of(
            "accounts", "CountAccounts counts every account exactly; an installation has a few",
            "jobrunr_background_job_servers", "JobRunr's servers: one per running instance",
            "jobrunr_metadata", "JobRunr's own settings and counters",
            "jobrunr_recurring_jobs", "JobRunr's recurring jobs, named in the code",
            "mail_senders", "the mail senders' heartbeats: one per running instance",
            "system.indexes", "the embedded server's own list of indexes, read when one is made");

    @Autowired
    MongoEndpoint endpoint;
    @Autowired
    EventStore eventStore;
    @Autowired
    QueryGateway queries;
    @Autowired
    Touchbase touchbase;
    @Autowired
    MutableClock clock;
    @Autowired
    ApplicationContext app;

    @Test
    void noQueryReadsAWholeCollectionButTheFewListed() {
        QueriesAnsweredByScan scans = endpoint.queriesAnsweredByScan().orElseThrow();
        scans.clear();
        List<DomainEventMessage<?>> history = RandomHistory.generate(41, 2, 6, 12);
        eventStore.publish(history);
        await().atMost(Duration.ofSeconds(60)).until(() -> NewestEventFolded.in(app));

        Network network = Network.of(history);
        assertThat(touchbase.query(new ListAllContacts(network.owner), ContactPage.class).contacts())
                .as("the history is folded, so every query finds something to read").isNotEmpty();
        UUID grace = touchbase.addContact(network.owner, "Grace Hopper");
        touchbase.logInteraction(network.owner, grace, InteractionType.COFFEE_OR_LUNCH, today());
        touchbase.setCadence(network.owner, grace, Period.ofMonths(3));
        touchbase.send(new SnoozeTouch(grace, network.owner, today().plusDays(10)));
        touchbase.send(new OpenWeeklyPlan(network.owner, today().minusWeeks(1), 1, List.of(new PlanEntry(grace, PlanSource.PULLED_IN))));
        await().atMost(Duration.ofSeconds(30)).until(() -> NewestEventFolded.in(app));
        List<String> answered = askEveryQuery(network);

        assertThat(answered).as("the queries answered").hasSizeGreaterThan(40);
        List<String> unexpected = scans.shapes().stream()
                .filter(shape -> !MAY_SCAN.containsKey(shape.substring(0, shape.indexOf(' '))))
                .toList();
        assertThat(unexpected).as("queries answered by reading a whole collection").isEmpty();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /**
     * Each query type the application handles, built from the history's first account, asked through the gateway;
     * answers the names of those answered. A refused one (a link token that does not exist) still asked the server.
     */
    private List<String> askEveryQuery(Network network) {
        List<String> answered = new ArrayList<>();
        for (Class<?> queryType : queryTypes()) {
            for (Object query : instancesOf(queryType, network)) {
                try {
                    ask(query);
                    answered.add(queryType.getSimpleName());
                } catch (RuntimeException refused) {
                    // what the server was asked before the refusal is recorded all the same
                }
            }
        }
        return answered;
    }

    private void ask(Object query) {
        try {
            queries.query(query, ResponseTypes.instanceOf(Object.class)).join();
        } catch (CompletionException failed) {
            if (!(failed.getCause() instanceof NoHandlerForQueryException)) {
                throw failed;
            }
            queries.query(query, ResponseTypes.multipleInstancesOf(Object.class)).join();
        }
    }

    private static List<Class<?>> queryTypes() {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("app.touchbase").stream()
                .flatMap(type -> type.getMethods().stream())
                .filter(method -> method.isAnnotatedWith(QueryHandler.class))
                .map(JavaMethod::getRawParameterTypes)
                .filter(parameters -> !parameters.isEmpty())
                .map(parameters -> parameters.get(0))
                .map(JavaClass::reflect)
                .filter(Class::isRecord)
                .distinct()
                .sorted((one, other) -> one.getName().compareTo(other.getName()))
                .<Class<?>>map(type -> type)
                .toList();
    }

    /** One instance per value of an enum component (each export format), otherwise one. */
    private List<Object> instancesOf(Class<?> queryType, Network network) {
        RecordComponent[] components = queryType.getRecordComponents();
        List<Object[]> argumentLists = new ArrayList<>();
        argumentLists.add(new Object[components.length]);
        for (int i = 0; i < components.length; i++) {
            Class<?> type = components[i].getType();
            List<Object> values = type.isEnum() ? Arrays.asList(type.getEnumConstants())
                    : Arrays.asList(valueFor(components[i].getName(), type, network));
            List<Object[]> expanded = new ArrayList<>();
            for (Object[] arguments : argumentLists) {
                for (Object value : values) {
                    Object[] copy = arguments.clone();
                    copy[i] = value;
                    expanded.add(copy);
                }
            }
            argumentLists = expanded;
        }
        Class<?>[] parameterTypes = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        List<Object> instances = new ArrayList<>();
        for (Object[] arguments : argumentLists) {
            try {
                instances.add(queryType.getDeclaredConstructor(parameterTypes).newInstance(arguments));
            } catch (ReflectiveOperationException e) {
                throw new AssertionError("cannot build " + queryType.getSimpleName(), e);
            }
        }
        return instances;
    }

    private Object valueFor(String name, Class<?> type, Network network) {
        if (type == String.class) {
            return switch (name) {
                case "text" -> "Grace";
                case "tag", "token" -> name.equals("tag") ? null : "no-such-token";
                case "fileName" -> "contacts.vcf";
                default -> network.owner; // owner, accountId, username
            };
        }
        if (type == UUID.class) {
            return switch (name) {
                case "circleId" -> network.circle;
                case "importId" -> network.importId;
                default -> network.contact;
            };
        }
        if (type == LocalDate.class) {
            return name.equals("from") ? today().minusDays(60) : today();
        }
        if (type == List.class && name.equals("contactIds")) {
            return List.of(network.contact, UUID.randomUUID());
        }
        if (type == YearMonth.class) {
            return name.equals("from") ? YearMonth.from(today()).minusMonths(11) : YearMonth.from(today());
        }
        if (type == Instant.class) {
            return clock.instant();
        }
        if (type == int.class || type == Integer.class) {
            return name.equals("offset") ? 0 : 10;
        }
        if (type == boolean.class) {
            return true;
        }
        if (type == byte[].class) {
            return "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Lovelace;Ada;;;\r\nFN:Ada Lovelace\r\nEMAIL:ada@example.org\r\nEND:VCARD\r\n"
                    .getBytes(StandardCharsets.UTF_8);
        }
        throw new AssertionError("no value for a query's " + type.getSimpleName() + " " + name);
    }

    /** The history's first account with one of its contacts, circles and imports. */
    private record Network(String owner, UUID contact, UUID circle, UUID importId) {

        static Network of(List<DomainEventMessage<?>> history) {
            String owner = history.stream().map(DomainEventMessage::getPayload)
                    .filter(AccountRegistered.class::isInstance).map(AccountRegistered.class::cast)
                    .findFirst().orElseThrow().accountId();
            UUID contact = history.stream().map(DomainEventMessage::getPayload)
                    .filter(ContactAdded.class::isInstance).map(ContactAdded.class::cast)
                    .filter(added -> added.owner().equals(owner)).findFirst().orElseThrow().contactId();
            UUID circle = history.stream().map(DomainEventMessage::getPayload)
                    .filter(CircleCreated.class::isInstance).map(CircleCreated.class::cast)
                    .filter(created -> created.owner().equals(owner)).findFirst().orElseThrow().circleId();
            UUID importId = history.stream().map(DomainEventMessage::getPayload)
                    .filter(ImportRecorded.class::isInstance).map(ImportRecorded.class::cast)
                    .filter(recorded -> recorded.owner().equals(owner)).findFirst().orElseThrow().importId();
            return new Network(owner, contact, circle, importId);
        }
    }
}
