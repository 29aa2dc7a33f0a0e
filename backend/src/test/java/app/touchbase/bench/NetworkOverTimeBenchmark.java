package app.touchbase.bench;

import app.touchbase.TouchbaseTestApplication;
import app.touchbase.asof.api.FetchNetworkOverTime;
import app.touchbase.asof.api.NetworkOverTime;
import app.touchbase.cadence.api.CadenceSet;
import app.touchbase.contact.api.ContactAdded;
import app.touchbase.contact.api.ContactDetails;
import app.touchbase.contact.api.ContactPage;
import app.touchbase.contact.api.ListAllContacts;
import app.touchbase.interaction.api.Direction;
import app.touchbase.interaction.api.InteractionLogged;
import app.touchbase.interaction.api.InteractionType;
import app.touchbase.shared.api.ContactEvent;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * How long the network over time takes for {@code bench.contacts} contacts (default 2 000) over {@code bench.days} days
 * (default 90). Each contact's history (added with a cadence some time in the last 120 days, three touches, some
 * logged a few days late) is appended to the event store directly, spread over those days, then the address book is
 * awaited and the query timed.
 * {@code ./mvnw -pl backend -Pbench -DskipTests test -Dbench.main=app.touchbase.bench.NetworkOverTimeBenchmark -Dbench.contacts=2000}
 */
public final class NetworkOverTimeBenchmark {

    static final int RUNS = 10;
    static final int WARM_UP = 3;

    public static void main(String[] args) throws InterruptedException {
        int contacts = BenchSettings.number("bench.contacts", 2_000);
        int days = BenchSettings.number("bench.days", 90);
        String mode = BenchSettings.text("bench.mode", "embedded-memory");
        String[] appArgs = AsAUserRunsIt.with("--touchbase.storage.mode=" + mode, "--logging.level.root=WARN");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(TouchbaseTestApplication.class).run(appArgs)) {
            EventStore eventStore = app.getBean(EventStore.class);
            QueryGateway queries = app.getBean(QueryGateway.class);
            String owner = "network-" + UUID.randomUUID();
            Instant now = Instant.now();
            Random random = new Random(42);
            int events = 0;
            for (int i = 0; i < contacts; i++) {
                List<DomainEventMessage<?>> history = history(owner, UUID.randomUUID(), now, random);
                eventStore.publish(history);
                events += history.size();
            }
            long start = System.nanoTime();
            while (queries.query(new ListAllContacts(owner), ResponseTypes.instanceOf(ContactPage.class)).join().contacts().size() < contacts) {
                Thread.sleep(500);
            }
            System.out.printf("%d contacts, %d events appended; the address book caught up in %.1f s%n", contacts, events,
                    (System.nanoTime() - start) / 1e9);
            List<UUID> ids = queries.query(new ListAllContacts(owner), ResponseTypes.instanceOf(ContactPage.class)).join().contacts()
                    .stream().map(contact -> contact.contactId()).toList();
            for (int i = 0; i < WARM_UP; i++) {
                readAll(eventStore, ids);
            }
            double[] reads = new double[RUNS];
            for (int i = 0; i < RUNS; i++) {
                long begin = System.nanoTime();
                readAll(eventStore, ids);
                reads[i] = (System.nanoTime() - begin) / 1e6;
            }
            Arrays.sort(reads);
            System.out.printf("event store read of every contact's events: p50 %.0f ms, max %.0f ms%n", reads[RUNS / 2], reads[RUNS - 1]);
            double[] lists = new double[RUNS];
            for (int i = 0; i < RUNS; i++) {
                long begin = System.nanoTime();
                queries.query(new ListAllContacts(owner), ResponseTypes.instanceOf(ContactPage.class)).join();
                lists[i] = (System.nanoTime() - begin) / 1e6;
            }
            Arrays.sort(lists);
            System.out.printf("address book listing of every contact: p50 %.0f ms, max %.0f ms%n", lists[RUNS / 2], lists[RUNS - 1]);
            LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
            FetchNetworkOverTime query = new FetchNetworkOverTime(owner, today.minusDays(days - 1L), today);
            NetworkOverTime last = null;
            for (int i = 0; i < WARM_UP; i++) {
                last = queries.query(query, ResponseTypes.instanceOf(NetworkOverTime.class)).join();
            }
            double[] millis = new double[RUNS];
            for (int i = 0; i < RUNS; i++) {
                long begin = System.nanoTime();
                last = queries.query(query, ResponseTypes.instanceOf(NetworkOverTime.class)).join();
                millis[i] = (System.nanoTime() - begin) / 1e6;
            }
            Arrays.sort(millis);
            System.out.printf("network over %d days (%s, %d runs after %d to warm up): p50 %.0f ms, max %.0f ms; today %s%n",
                    days, mode, RUNS, WARM_UP, millis[RUNS / 2], millis[RUNS - 1], last.days().get(last.days().size() - 1));
        }
        System.exit(0);
    }

    private static long readAll(EventStore eventStore, List<UUID> ids) {
        long events = 0;
        for (UUID id : ids) {
            events += eventStore.readEvents(id.toString(), 0).asStream().count();
        }
        return events;
    }

    /** Added with a cadence some day in the last 120, then three touches, each logged on its day or up to 3 days late. */
    private static List<DomainEventMessage<?>> history(String owner, UUID contact, Instant now, Random random) {
        Instant added = now.minus(Duration.ofDays(1 + random.nextInt(120)));
        LocalDate addedOn = LocalDate.ofInstant(added, ZoneOffset.UTC);
        List<ContactEvent> events = new ArrayList<>();
        events.add(new ContactAdded(contact, owner, ContactDetails.named("Person " + contact.toString().substring(0, 8)), added));
        events.add(new CadenceSet(contact, owner, Period.ofWeeks(1 + random.nextInt(12)), addedOn, added.plusSeconds(1)));
        long span = Duration.between(added, now).toDays();
        for (int touch = 0; touch < 3; touch++) {
            LocalDate on = addedOn.plusDays(random.nextInt((int) Math.max(1, span)));
            Instant logged = on.atStartOfDay(ZoneOffset.UTC).toInstant().plus(Duration.ofHours(12 + random.nextInt(24 * 3)));
            events.add(new InteractionLogged(contact, owner, UUID.randomUUID(), InteractionType.CALL, on, Direction.NEUTRAL, null,
                    logged.isAfter(now) ? now : logged));
        }
        events.sort(Comparator.comparing(NetworkOverTimeBenchmark::moment));
        List<DomainEventMessage<?>> messages = new ArrayList<>();
        for (int sequence = 0; sequence < events.size(); sequence++) {
            messages.add(new GenericDomainEventMessage<>("Contact", contact.toString(), sequence, events.get(sequence)));
        }
        return messages;
    }

    private static Instant moment(ContactEvent event) {
        return event instanceof ContactAdded added ? added.addedAt()
                : event instanceof CadenceSet set ? set.setAt() : ((InteractionLogged) event).loggedAt();
    }
}
