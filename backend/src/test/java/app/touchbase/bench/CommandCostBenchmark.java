package app.touchbase.bench;

import app.touchbase.TouchbaseTestApplication;
import app.touchbase.cadence.api.CadenceSet;
import app.touchbase.contact.api.ContactAdded;
import app.touchbase.contact.api.ContactDetails;
import app.touchbase.interaction.api.Direction;
import app.touchbase.interaction.api.InteractionLogged;
import app.touchbase.interaction.api.InteractionType;
import app.touchbase.interaction.api.LogInteraction;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Where the time of one {@code LogInteraction} goes: the commands are sent one at a time, first while the tracking
 * processors fold each event as it comes, then with the processors stopped (the command alone). For each it prints
 * the rate, the CPU time per command of each kind of thread, and the round trips to the database per command by
 * command and collection. Run it with a heap of 512 MB:
 * <p>
 * {@code ./mvnw -pl backend -Pbench -DskipTests test -Dbench.main=app.touchbase.bench.CommandCostBenchmark -Dbench.heap=512m
 * [-Dbench.contacts=100] [-Dbench.history=0] [-Dbench.mode=embedded-file]}
 * <p>
 * {@code -Dbench.history=100} gives each contact a hundred touches with notes before the commands, so loading a
 * contact reads and opens a long history.
 */
public final class CommandCostBenchmark {

    static final String OWNER = TouchbaseBenchmark.OWNER;
    static final int COMMANDS = 300;

    public static void main(String[] args) throws Exception {
        int contacts = BenchSettings.number("bench.contacts", 100);
        int history = BenchSettings.number("bench.history", 0);
        String mode = BenchSettings.text("bench.mode", "embedded-memory");
        Path file = Files.createTempDirectory("touchbase-command-cost").resolve("cost.mv");
        RoundTrips roundTrips = new RoundTrips();
        System.out.printf("Command cost: storage %s, %d contacts of %d touches each, %d cores%n", mode, contacts, history,
                Runtime.getRuntime().availableProcessors());
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(TouchbaseTestApplication.class)
                .initializers(roundTrips::countIn)
                .run(AsAUserRunsIt.with("--touchbase.storage.mode=" + mode, "--touchbase.storage.file=" + file,
                        "--logging.level.root=WARN", "--logging.level.org.jobrunr=OFF"))) {
            List<UUID> ids = seed(app.getBean(EventStore.class), contacts, history);
            ScalingBenchmark.awaitCaughtUp(app);
            CommandCostBenchmark benchmark = new CommandCostBenchmark(app.getBean(CommandGateway.class), ids, roundTrips);
            benchmark.logTouches(); // the compiler's first work is not counted
            benchmark.measure("with the processors folding each event");
            app.getBean(EventProcessingConfiguration.class).eventProcessors().values().forEach(EventProcessor::shutDown);
            benchmark.measure("the command alone (processors stopped)");
        } catch (Exception | Error e) {
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0); // the embedded server's network threads outlive the context by a few seconds
    }

    private final CommandGateway commands;
    private final List<UUID> ids;
    private final RoundTrips roundTrips;
    private final Random random = new Random(42);
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

    private CommandCostBenchmark(CommandGateway commands, List<UUID> ids, RoundTrips roundTrips) {
        this.commands = commands;
        this.ids = ids;
        this.roundTrips = roundTrips;
    }

    private void measure(String title) {
        Map<Long, Long> cpuBefore = cpuByThread();
        roundTrips.reset();
        long start = System.nanoTime();
        logTouches();
        double millisEach = (System.nanoTime() - start) / 1e6 / COMMANDS;
        Map<String, Long> cpu = cpuByKindOfThread(cpuBefore);
        System.out.printf("%n### %s: %.1f commands/s, %.2f ms each, %.2f ms of CPU each%n%n", title, 1000 / millisEach, millisEach,
                cpu.values().stream().mapToLong(Long::longValue).sum() / 1e6 / COMMANDS);
        System.out.println("| threads | CPU ms per command |");
        System.out.println("|---|---|");
        cpu.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(8)
                .forEach(kind -> System.out.printf("| %s | %.2f |%n", kind.getKey(), kind.getValue() / 1e6 / COMMANDS));
        System.out.println();
        System.out.println("| round trip | per command | ms per command |");
        System.out.println("|---|---|---|");
        roundTrips.counted().entrySet().stream()
                .sorted((a, b) -> Long.compare(b.getValue().nanos(), a.getValue().nanos())).limit(16)
                .forEach(trip -> System.out.printf("| %s | %.2f | %.2f |%n", trip.getKey(),
                        trip.getValue().count() / (double) COMMANDS, trip.getValue().nanos() / 1e6 / COMMANDS));
    }

    private void logTouches() {
        for (int i = 0; i < COMMANDS; i++) {
            commands.sendAndWait(new LogInteraction(ids.get(random.nextInt(ids.size())), OWNER, UUID.randomUUID(),
                    InteractionType.CALL, LocalDate.now(ZoneOffset.UTC), Direction.NEUTRAL, "Coffee"));
        }
    }

    private Map<Long, Long> cpuByThread() {
        Map<Long, Long> cpu = new HashMap<>();
        for (long thread : threads.getAllThreadIds()) {
            cpu.put(thread, threads.getThreadCpuTime(thread));
        }
        return cpu;
    }

    /** Threads of one kind (the server's workers, a processor's segments) added up under one name. */
    private Map<String, Long> cpuByKindOfThread(Map<Long, Long> before) {
        Map<String, Long> cpu = new HashMap<>();
        for (long thread : threads.getAllThreadIds()) {
            ThreadInfo info = threads.getThreadInfo(thread);
            long used = threads.getThreadCpuTime(thread) - before.getOrDefault(thread, 0L);
            if (info != null && used > 0) {
                cpu.merge(info.getThreadName().replaceAll("\\d+", "#"), used, Long::sum);
            }
        }
        return cpu;
    }

    /** The contacts, each added, given a cadence and touched {@code history} times, stored a few hundred events at a time. */
    private static List<UUID> seed(EventStore store, int contacts, int history) {
        List<UUID> ids = new ArrayList<>();
        Instant at = Instant.now().minus(Duration.ofDays(30)).minus(ScalingBenchmark.SPACING.multipliedBy((long) contacts * (history + 2)));
        List<EventMessage<?>> events = new ArrayList<>(List.of(ScalingBenchmark.ownerRegistered(at)));
        for (int contact = 0; contact < contacts; contact++) {
            UUID id = UUID.randomUUID();
            ids.add(id);
            at = at.plus(ScalingBenchmark.SPACING);
            long[] sequence = {0};
            events.add(ScalingBenchmark.event(id, sequence,
                    new ContactAdded(id, OWNER, ContactDetails.named("Contact " + contact), at), at));
            events.add(ScalingBenchmark.event(id, sequence, new CadenceSet(id, OWNER, Period.ofMonths(1),
                    LocalDate.now(ZoneOffset.UTC).minusYears(1), at), at));
            for (int touch = 0; touch < history; touch++) {
                at = at.plus(ScalingBenchmark.SPACING);
                events.add(ScalingBenchmark.event(id, sequence, new InteractionLogged(id, OWNER, UUID.randomUUID(),
                        InteractionType.values()[touch % InteractionType.values().length], LocalDate.now(ZoneOffset.UTC).minusDays(1 + touch),
                        Direction.NEUTRAL, "Talked about the project, part " + touch, at), at));
            }
            if (events.size() >= ScalingBenchmark.SEED_BATCH || contact == contacts - 1) {
                store.publish(events);
                events = new ArrayList<>();
            }
        }
        return ids;
    }
}
