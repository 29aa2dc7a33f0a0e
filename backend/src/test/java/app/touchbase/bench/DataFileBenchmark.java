package app.touchbase.bench;

import app.touchbase.TouchbaseTestApplication;
import app.touchbase.cadence.api.SetCadence;
import app.touchbase.contact.api.AddContact;
import app.touchbase.contact.api.ContactDetails;
import app.touchbase.interaction.api.Direction;
import app.touchbase.interaction.api.InteractionType;
import app.touchbase.interaction.api.LogInteraction;
import app.touchbase.replay.api.FetchReadModelStatus;
import app.touchbase.replay.api.ReadModelStatus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * How large the H2 data file grows while a history is built through the commands, after a clean stop and after a
 * restart. {@code ./mvnw -pl backend -Pbench -DskipTests test -Dbench.main=app.touchbase.bench.DataFileBenchmark}
 */
public final class DataFileBenchmark {

    /** Long enough for the compiler to finish with the start, so the figure shows what doing nothing costs. */
    private static final Duration SETTLE = Duration.ofSeconds(BenchSettings.number("bench.settleSeconds", 60));
    private static final Duration IDLE = Duration.ofSeconds(60);

    public static void main(String[] args) throws Exception {
        int contacts = BenchSettings.number("bench.contacts", 200);
        int events = BenchSettings.number("bench.events", 10_000);
        Path file = Files.createTempDirectory("touchbase-datafile").resolve("bench.mv");
        String[] appArgs = AsAUserRunsIt.with("--touchbase.storage.mode=embedded-file", "--touchbase.storage.file=" + file,
                "--logging.level.root=WARN");
        System.out.printf("Data file benchmark: %d contacts, %d events%n", contacts, events);
        long start = System.nanoTime();
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(TouchbaseTestApplication.class).run(appArgs)) {
            generate(app, contacts, events, file);
            awaitCaughtUp(app.getBean(QueryGateway.class));
            System.out.printf("built in %.1f s, file %.1f MB while running%n", (System.nanoTime() - start) / 1e9, mb(file));
        }
        System.out.printf("after a clean stop: %.1f MB (%.1f MB per 10 000 events)%n", mb(file), mb(file) * 10_000 / events);
        long restart = System.nanoTime();
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(TouchbaseTestApplication.class).run(appArgs)) {
            awaitCaughtUp(app.getBean(QueryGateway.class));
            System.out.printf("ready after restart in %.1f s, file %.1f MB%n", (System.nanoTime() - restart) / 1e9, mb(file));
            Thread.sleep(SETTLE.toMillis());
            System.out.printf("idle CPU over %d s, %d s after the start: %.1f %% of one core%n", IDLE.toSeconds(),
                    SETTLE.toSeconds(), IdleCpu.percentOfACore(IDLE));
        }
        System.out.printf("after the second stop: %.1f MB%n", mb(file));
        System.exit(0);
    }

    private static void generate(ConfigurableApplicationContext app, int contacts, int events, Path file) {
        CommandGateway commands = app.getBean(CommandGateway.class);
        Random random = new Random(42);
        List<UUID> ids = new ArrayList<>();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        for (int i = 0; i < contacts; i++) {
            UUID id = UUID.randomUUID();
            commands.sendAndWait(new AddContact(id, TouchbaseBenchmark.OWNER, ContactDetails.named("Contact " + i)));
            commands.sendAndWait(new SetCadence(id, TouchbaseBenchmark.OWNER, Period.ofMonths(1 + i % 6)));
            ids.add(id);
        }
        InteractionType[] types = InteractionType.values();
        for (int i = contacts * 2; i < events; i++) {
            commands.sendAndWait(new LogInteraction(ids.get(random.nextInt(ids.size())), TouchbaseBenchmark.OWNER,
                    UUID.randomUUID(), types[random.nextInt(types.length)], today.minusDays(random.nextInt(365)),
                    Direction.values()[random.nextInt(3)], "Talked about the project and the kids"));
            if (i % 2_000 == 0) {
                System.out.printf("  %6d events: %.1f MB%n", i, mb(file));
            }
        }
    }

    private static void awaitCaughtUp(QueryGateway queries) throws InterruptedException {
        while (!queries.query(new FetchReadModelStatus(), ResponseTypes.instanceOf(ReadModelStatus.class)).join().allCaughtUp()) {
            Thread.sleep(50);
        }
    }

    private static double mb(Path file) {
        try {
            return Files.size(file) / 1e6;
        } catch (java.io.IOException e) {
            return -1;
        }
    }
}
