package app.touchbase.bench;

import app.touchbase.TouchbaseTestApplication;
import app.touchbase.asof.api.ContactAsOf;
import app.touchbase.asof.api.FetchContactAsOf;
import app.touchbase.cadence.api.SetCadence;
import app.touchbase.contact.api.AddContact;
import app.touchbase.contact.api.ContactDetails;
import app.touchbase.contact.api.RecordFact;
import app.touchbase.contact.api.UpdateContactDetails;
import app.touchbase.interaction.api.Direction;
import app.touchbase.interaction.api.InteractionType;
import app.touchbase.interaction.api.LogInteraction;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.bson.Document;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * How long a contact with {@code bench.events} events (default 1 000) takes to answer "as of" a moment in the middle
 * of its history, beside the raw read of its event documents with the driver on the same server in the same run.
 * {@code ./mvnw -pl backend -Pbench -DskipTests test -Dbench.main=app.touchbase.bench.AsOfBenchmark -Dbench.events=1000}
 */
public final class AsOfBenchmark {

    static final int RUNS = 200;
    static final int WARM_UP = 100;

    public static void main(String[] args) {
        int events = BenchSettings.number("bench.events", 1_000);
        String mode = BenchSettings.text("bench.mode", "embedded-memory");
        String[] appArgs = AsAUserRunsIt.with("--touchbase.storage.mode=" + mode, "--logging.level.root=WARN");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(TouchbaseTestApplication.class).run(appArgs)) {
            CommandGateway commands = app.getBean(CommandGateway.class);
            QueryGateway queries = app.getBean(QueryGateway.class);
            MongoTemplate store = app.getBean(MongoTemplate.class);
            UUID contact = UUID.randomUUID();
            Instant middle = history(commands, contact, events);
            long stored = store.eventCollection().countDocuments(new Document("aggregateIdentifier", contact.toString()));

            double[] raw = time(() -> store.eventCollection().find(new Document("aggregateIdentifier", contact.toString()))
                    .sort(new Document("sequenceNumber", 1)).into(new ArrayList<>()).size());
            EventStore eventStore = app.getBean(EventStore.class);
            double[] read = time(() -> (int) eventStore.readEvents(contact.toString()).asStream().count());
            double[] asOf = time(() -> queries.query(new FetchContactAsOf(TouchbaseBenchmark.OWNER, contact, middle),
                    ResponseTypes.optionalInstanceOf(ContactAsOf.class)).join().orElseThrow().touches().size());
            System.out.printf("As of, one contact with %d events (%s, %d runs each after %d to warm up)%n", stored, mode, RUNS, WARM_UP);
            System.out.printf("raw event read p50 / p95 ms: %.2f / %.2f%n", raw[0], raw[1]);
            System.out.printf("event store read p50 / p95 ms: %.2f / %.2f (deserialized and upcast)%n", read[0], read[1]);
            System.out.printf("as of p50 / p95 ms:          %.2f / %.2f (p50 %.1f × the raw read)%n", asOf[0], asOf[1], asOf[0] / raw[0]);
        }
        System.exit(0);
    }

    /** Adds the contact and writes its history; answers a moment half way through. */
    private static Instant history(CommandGateway commands, UUID contact, int events) {
        String owner = TouchbaseBenchmark.OWNER;
        Random random = new Random(42);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        InteractionType[] types = InteractionType.values();
        commands.sendAndWait(new AddContact(contact, owner, ContactDetails.named("Grace Hopper")));
        Instant middle = null;
        for (int i = 1; i < events; i++) {
            if (i == events / 2) {
                middle = Instant.now();
            }
            switch (i % 10) {
                case 0 -> commands.sendAndWait(new SetCadence(contact, owner, Period.ofWeeks(1 + random.nextInt(26))));
                case 1 -> commands.sendAndWait(new RecordFact(contact, owner, UUID.randomUUID(), "Topic " + i, "Fact " + i, null));
                case 2 -> commands.sendAndWait(new UpdateContactDetails(contact, owner,
                        ContactDetails.named("Grace Hopper").withEmails("grace" + i + "@navy.mil")));
                default -> commands.sendAndWait(new LogInteraction(contact, owner, UUID.randomUUID(), types[random.nextInt(types.length)],
                        today.minusDays(random.nextInt(365)), Direction.values()[random.nextInt(3)], "Talked about the project"));
            }
        }
        return middle;
    }

    private static double[] time(Supplier<Integer> read) {
        return Latencies.of(read, WARM_UP, RUNS);
    }
}
