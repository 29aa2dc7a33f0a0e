package app.touchbase.bench;

import app.touchbase.TouchbaseTestApplication;
import app.touchbase.contact.api.AddContact;
import app.touchbase.contact.api.ContactDetails;
import app.touchbase.contact.api.UpdateContactDetails;
import app.touchbase.duplicates.api.DuplicatePairs;
import app.touchbase.duplicates.api.ListDuplicates;
import app.touchbase.interaction.api.Direction;
import app.touchbase.interaction.api.InteractionType;
import app.touchbase.interaction.api.LogInteraction;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * What the Duplicates page costs on a network of {@code bench.contacts} contacts (default 3 000, one in ten a likely
 * duplicate of another): the list asked again while nothing the finder compares changed (what every touch logged, reminder
 * sent or page opened does), and the list asked once after a contact's details changed.
 * {@code ./mvnw -pl backend -Pbench -DskipTests test -Dbench.main=app.touchbase.bench.DuplicatesBenchmark -Dbench.contacts=3000}
 */
public final class DuplicatesBenchmark {

    static final int RUNS = 200;
    static final int WARM_UP = 50;
    static final String[] FIRST = {"Ada", "Grace", "Alan", "Katherine", "Margaret", "Linus", "Barbara", "Donald", "Edsger",
            "Frances", "John", "Radia", "Tim", "Hedy", "Dennis", "Ken", "Niklaus", "Sophie", "Annie", "Jean"};

    public static void main(String[] args) {
        int contacts = BenchSettings.number("bench.contacts", 3_000);
        String mode = BenchSettings.text("bench.mode", "embedded-memory");
        String[] appArgs = AsAUserRunsIt.with("--touchbase.storage.mode=" + mode, "--logging.level.root=WARN");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(TouchbaseTestApplication.class).run(appArgs)) {
            CommandGateway commands = app.getBean(CommandGateway.class);
            QueryGateway queries = app.getBean(QueryGateway.class);
            String owner = TouchbaseBenchmark.OWNER;
            List<UUID> ids = network(commands, owner, contacts);
            Supplier<Integer> list = () -> queries.query(new ListDuplicates(owner), ResponseTypes.instanceOf(DuplicatePairs.class))
                    .join().pairs().size();
            long waitStart = System.nanoTime();
            int pairs;
            while ((pairs = list.get()) < contacts / 10 - 5) {
                sleepBriefly();
                if (System.nanoTime() - waitStart > 300e9) {
                    throw new IllegalStateException("The read models did not catch up: " + pairs + " pairs");
                }
            }
            double[] unchanged = time(list);
            double[] afterChange = timeEach(() -> {
                UUID someone = ids.get(new Random().nextInt(ids.size()));
                commands.sendAndWait(new LogInteraction(someone, owner, UUID.randomUUID(), InteractionType.CALL,
                        LocalDate.now(ZoneOffset.UTC), Direction.NEUTRAL, null));
            }, list, 30);
            double[] afterDetails = timeEach(() -> {
                UUID someone = ids.get(new Random().nextInt(ids.size()));
                commands.sendAndWait(new UpdateContactDetails(someone, owner,
                        ContactDetails.named("Renamed " + UUID.randomUUID()).withEmails(UUID.randomUUID() + "@example.org")));
            }, list, 30);
            System.out.printf("Duplicates, %d contacts, %d pairs (%s)%n", contacts, pairs, mode);
            System.out.printf("list, nothing changed       p50 / p95 ms: %.2f / %.2f (%d runs)%n", unchanged[0], unchanged[1], RUNS);
            System.out.printf("list, after a touch logged  p50 / p95 ms: %.2f / %.2f (30 runs)%n", afterChange[0], afterChange[1]);
            System.out.printf("list, after details changed p50 / p95 ms: %.2f / %.2f (30 runs)%n", afterDetails[0], afterDetails[1]);
        }
        System.exit(0);
    }

    /** Contacts with generated names and emails; every tenth shares an email with the one before. */
    private static List<UUID> network(CommandGateway commands, String owner, int contacts) {
        Random random = new Random(42);
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < contacts; i++) {
            UUID id = UUID.randomUUID();
            String name = FIRST[random.nextInt(FIRST.length)] + " " + surname(random) + " " + i;
            String email = (i % 10 == 9 ? "person" + (i - 1) : "person" + i) + "@example.org";
            commands.sendAndWait(new AddContact(id, owner, ContactDetails.named(name).withEmails(email)
                    .withPhones("+44 20 " + (1000_0000 + random.nextInt(9000_0000)))));
            ids.add(id);
        }
        return ids;
    }

    private static String surname(Random random) {
        StringBuilder name = new StringBuilder().append((char) ('A' + random.nextInt(26)));
        for (int i = 0; i < 5 + random.nextInt(4); i++) {
            name.append((char) ('a' + random.nextInt(26)));
        }
        return name.toString();
    }

    private static double[] time(Supplier<Integer> read) {
        return Latencies.of(read, WARM_UP, RUNS);
    }

    /** The list asked right after each change, once the read models have it (a short pause, then timed). */
    private static double[] timeEach(Runnable change, Supplier<Integer> read, int runs) {
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            change.run();
            sleepBriefly();
            long start = System.nanoTime();
            read.get();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        return Latencies.percentiles(millis);
    }


    private static void sleepBriefly() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
