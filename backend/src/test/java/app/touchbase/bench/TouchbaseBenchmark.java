package app.touchbase.bench;

import app.touchbase.TouchbaseTestApplication;
import app.touchbase.cadence.api.SetCadence;
import app.touchbase.contact.api.AddContact;
import app.touchbase.contact.api.ContactDetails;
import app.touchbase.contact.api.ContactPage;
import app.touchbase.contact.api.SearchContacts;
import app.touchbase.importing.api.FetchImport;
import app.touchbase.importing.api.ImportPreview;
import app.touchbase.importing.api.ImportState;
import app.touchbase.importing.api.ImportSummary;
import app.touchbase.importing.api.PreviewImport;
import app.touchbase.importing.api.PreviewRow;
import app.touchbase.importing.api.StartImport;
import app.touchbase.interaction.api.Direction;
import app.touchbase.interaction.api.InteractionType;
import app.touchbase.interaction.api.LogInteraction;
import app.touchbase.nexttouch.api.DueTouches;
import app.touchbase.nexttouch.api.ListDueTouches;
import app.touchbase.platform.mongo.CountByQuery;
import app.touchbase.replay.api.FetchReadModelStatus;
import app.touchbase.replay.api.ReadModelStatus;
import app.touchbase.replay.api.RebuildReadModels;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.bson.Document;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lte;

/**
 * Generates a network of N contacts and M events through the real backend and prints, each beside a raw MongoDB
 * driver baseline measured on the same server in the same run:
 * the end-to-end command rate (until every read model has caught up) against single inserts,
 * the replay rate against a cursor scan of the event collection,
 * and due-list query latency against the same find issued directly.
 * <p>
 * {@code ./mvnw -pl backend -Pbench -DskipTests test -Dbench.contacts=500 -Dbench.events=10000 [-Dbench.mode=embedded-file]}
 */
public final class TouchbaseBenchmark {

    static final String OWNER = "bench";
    static final int QUERY_RUNS = 300;

    public static void main(String[] args) throws Exception {
        int contacts = BenchSettings.number("bench.contacts", 500);
        int events = BenchSettings.number("bench.events", 10_000);
        String mode = BenchSettings.text("bench.mode", "embedded-memory");
        if (events < contacts * 2) {
            throw new IllegalArgumentException("bench.events must be at least twice bench.contacts (one add and one cadence each)");
        }
        Path folder = Files.createTempDirectory("touchbase-bench");
        List<String> appArgs = new ArrayList<>(List.of("--touchbase.storage.mode=" + mode,
                "--touchbase.storage.file=" + folder.resolve("bench.mv"), "--logging.level.root=WARN",
                "--logging.level.app.touchbase.mail=WARN"));
        String uri = BenchSettings.text("bench.uri", null);
        if (uri != null) {
            appArgs.add("--touchbase.storage.uri=" + uri);
        }
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(TouchbaseTestApplication.class)
                .run(AsAUserRunsIt.with(appArgs.toArray(String[]::new)))) {
            new TouchbaseBenchmark(app).run(contacts, events, mode);
        }
        // the embedded server's network threads outlive the context by a few seconds; the figures are printed
        System.exit(0);
    }

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final MongoDatabase database;
    private final Random random = new Random(42);

    private TouchbaseBenchmark(ConfigurableApplicationContext app) {
        this.commands = app.getBean(CommandGateway.class);
        this.queries = app.getBean(QueryGateway.class);
        this.database = app.getBean(MongoDatabase.class);
    }

    private void run(int contacts, int events, String mode) {
        System.out.printf("Touchbase benchmark: %d contacts, %d events, storage %s, %d cores, Java %s%n",
                contacts, events, mode, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));

        double rawInsertRate = rawInsertRate(events);
        double rawScanRate = rawScanRate(database.getCollection("bench_raw"));

        long start = System.nanoTime();
        generate(contacts, events);
        double commandSeconds = seconds(start);
        awaitProcessed(sentinel());
        double endToEndSeconds = seconds(start);
        double commandRate = events / endToEndSeconds;

        long[] dueQuery = dueQueryLatencies();
        long[] rawQuery = rawDueQueryLatencies();

        // countDocuments is an aggregation the embedded server answers by holding every document at once
        long storedEvents = CountByQuery.count(database, database.getCollection("domainevents"), new Document());
        double eventScanRate = rawScanRate(database.getCollection("domainevents"));
        long replayStart = System.nanoTime();
        commands.sendAndWait(new RebuildReadModels());
        awaitCaughtUp();
        awaitProcessed(lastSentinel);
        double replayRate = storedEvents / seconds(replayStart);

        System.out.println();
        System.out.printf("%-44s %14s %18s %8s%n", "figure", "Touchbase", "raw driver", "ratio");
        row("commands/s end to end (read models caught up)", commandRate, rawInsertRate, "inserts/s");
        System.out.printf("    (commands alone took %.1f s; read models caught up %.1f s later)%n",
                commandSeconds, endToEndSeconds - commandSeconds);
        row("replay events/s (all read models rebuilt)", replayRate, eventScanRate, "scan docs/s");
        row("due-list query p50 (ms)", millis(percentile(dueQuery, 50)), millis(percentile(rawQuery, 50)), "find ms");
        row("due-list query p95 (ms)", millis(percentile(dueQuery, 95)), millis(percentile(rawQuery, 95)), "find ms");
        System.out.printf("    (raw cursor scan of a plain collection: %.0f docs/s; due list held %d entries)%n", rawScanRate,
                dueListSize());
        importFigures(BenchSettings.number("bench.importRows", 1_000), rawInsertRate);
    }

    /** A LinkedIn export of {@code rows} people: previewed against the network, then imported whole. */
    private void importFigures(int rows, double rawInsertRate) {
        StringBuilder csv = new StringBuilder("Notes:\n\"Some addresses may be missing.\"\n\n"
                + "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n");
        for (int i = 0; i < rows; i++) {
            csv.append("First").append(i).append(",Last").append(i).append(",https://www.linkedin.com/in/p").append(i)
                    .append(",p").append(i).append("@example.com,Company ").append(i % 50).append(",Engineer,1 Jan 2026\n");
        }
        byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
        long previewStart = System.nanoTime();
        ImportPreview preview = queries.query(new PreviewImport(OWNER, "Connections.csv", file),
                ResponseTypes.instanceOf(ImportPreview.class)).join();
        double previewMillis = millis(System.nanoTime() - previewStart);
        long parseStart = System.nanoTime();
        try (CSVParser parser = CSVFormat.RFC4180.parse(new StringReader(csv.toString()))) {
            parser.getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        double rawParseMillis = millis(System.nanoTime() - parseStart);

        UUID importId = UUID.randomUUID();
        List<Integer> chosen = preview.rows().stream().map(PreviewRow::row).toList();
        long importStart = System.nanoTime();
        commands.sendAndWait(new StartImport(OWNER, importId, "Connections.csv", file, chosen));
        waitFor(() -> queries.query(new FetchImport(OWNER, importId), ResponseTypes.optionalInstanceOf(ImportSummary.class)).join()
                .filter(summary -> summary.state() == ImportState.DONE).isPresent());
        double importRate = rows / seconds(importStart);
        row("import preview of " + rows + " rows (ms)", previewMillis, rawParseMillis, "CSV parse ms");
        row("import contacts/s (a contact and its fact each)", importRate, rawInsertRate, "inserts/s");
    }

    private void generate(int contacts, int events) {
        List<UUID> ids = new ArrayList<>(contacts);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Period[] cadences = {Period.ofWeeks(2), Period.ofMonths(1), Period.ofMonths(3), Period.ofMonths(6), Period.ofYears(1)};
        for (int i = 0; i < contacts; i++) {
            UUID id = UUID.randomUUID();
            commands.sendAndWait(new AddContact(id, OWNER, ContactDetails.named("Contact " + i)
                    .withCompany("Company " + (i % 50), "Role").withTags("tag" + (i % 7))));
            commands.sendAndWait(new SetCadence(id, OWNER, cadences[i % cadences.length]));
            ids.add(id);
        }
        InteractionType[] types = InteractionType.values();
        for (int i = 0; i < events - contacts * 2; i++) {
            UUID contact = ids.get(random.nextInt(ids.size()));
            LocalDate at = today.minusDays(random.nextInt(365));
            commands.sendAndWait(new LogInteraction(contact, OWNER, UUID.randomUUID(), types[random.nextInt(types.length)], at,
                    Direction.values()[random.nextInt(3)], "Talked about the project and the kids"));
        }
    }

    private double rawInsertRate(int count) {
        return rawInsertRate(database.getCollection("bench_raw"), count);
    }

    /** Single acknowledged inserts of event-sized documents into {@code raw}, emptied first. */
    static double rawInsertRate(MongoCollection<Document> raw, int count) {
        raw.deleteMany(new Document()); // a drop of a collection not there yet is logged by the server as an error
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            raw.insertOne(new Document("_id", UUID.randomUUID().toString()).append("aggregateIdentifier", UUID.randomUUID().toString())
                    .append("sequenceNumber", (long) i).append("timestamp", Instant.now().toString())
                    .append("payload", "{\"notes\":\"Talked about the project and the kids\",\"type\":\"CALL\"}"));
        }
        return count / seconds(start);
    }

    static double rawScanRate(MongoCollection<Document> collection) {
        long start = System.nanoTime();
        long seen = 0;
        for (Document ignored : collection.find().batchSize(1_000)) {
            seen++;
        }
        return seen / seconds(start);
    }

    private long[] dueQueryLatencies() {
        long[] nanos = new long[QUERY_RUNS];
        for (int i = 0; i < QUERY_RUNS; i++) {
            long start = System.nanoTime();
            queries.query(new ListDueTouches(OWNER), ResponseTypes.instanceOf(DueTouches.class)).join();
            nanos[i] = System.nanoTime() - start;
        }
        return nanos;
    }

    private long[] rawDueQueryLatencies() {
        MongoCollection<Document> nextTouches = database.getCollection("next_touch");
        long[] nanos = new long[QUERY_RUNS];
        for (int i = 0; i < QUERY_RUNS; i++) {
            long start = System.nanoTime();
            nextTouches.find(and(eq("owner", OWNER), eq("archived", false),
                    lte("nextTouchAt", Date.from(Instant.now().plus(Duration.ofDays(7)))))).into(new ArrayList<>());
            nanos[i] = System.nanoTime() - start;
        }
        return nanos;
    }

    private int dueListSize() {
        return queries.query(new ListDueTouches(OWNER), ResponseTypes.instanceOf(DueTouches.class)).join().touches().size();
    }

    private String lastSentinel;

    /** One processor applies events in order: once this contact shows, every event before it has been applied. */
    private String sentinel() {
        lastSentinel = "sentinel-" + UUID.randomUUID();
        commands.sendAndWait(new AddContact(UUID.randomUUID(), OWNER, ContactDetails.named(lastSentinel)));
        return lastSentinel;
    }

    private void awaitProcessed(String sentinelName) {
        waitFor(() -> queries.query(new SearchContacts(OWNER, sentinelName, null, true, 0, 1), ResponseTypes.instanceOf(ContactPage.class))
                .join().total() == 1);
    }

    private void awaitCaughtUp() {
        waitFor(() -> queries.query(new FetchReadModelStatus(), ResponseTypes.instanceOf(ReadModelStatus.class)).join().allCaughtUp());
    }

    static void waitFor(BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("read models did not catch up within 30 minutes");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static void row(String figure, double touchbase, double raw, String rawUnit) {
        System.out.printf("%-44s %14.2f %12.2f %-5s %7.2fx%n", figure, touchbase, raw, rawUnit, touchbase / raw);
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }

    private static long percentile(long[] values, int percentile) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1)];
    }
}
