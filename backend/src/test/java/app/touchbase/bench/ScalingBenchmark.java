package app.touchbase.bench;

import app.touchbase.TouchbaseTestApplication;
import app.touchbase.account.api.AccountRegistered;
import app.touchbase.cadence.api.CadenceSet;
import app.touchbase.contact.api.ContactAdded;
import app.touchbase.contact.api.ContactDetails;
import app.touchbase.contact.api.ContactPage;
import app.touchbase.contact.api.SearchContacts;
import app.touchbase.interaction.api.Direction;
import app.touchbase.interaction.api.InteractionLogged;
import app.touchbase.interaction.api.InteractionType;
import app.touchbase.interaction.api.LogInteraction;
import app.touchbase.nexttouch.TouchStatusPolicy;
import app.touchbase.nexttouch.api.DueTouches;
import app.touchbase.nexttouch.api.ListDueTouches;
import app.touchbase.plan.api.FetchThisWeek;
import app.touchbase.plan.api.ThisWeek;
import app.touchbase.platform.mongo.CountByQuery;
import app.touchbase.replay.api.FetchReadModelStatus;
import app.touchbase.replay.api.ReadModelStatus;
import app.touchbase.replay.api.RebuildReadModels;
import app.touchbase.support.NewestEventFolded;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.Lifecycle;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * How the embedded store's costs grow with the history. For each size a fresh data file gets a history seeded through
 * the event store in batches (the owner's account; contacts added, given a cadence, touched), as a restored backup
 * would bring it, with deadlines held; once the read models, the reminder sagas and the automations have passed it
 * (the seeding figure) and the read models are checked to hold every contact, one touch at a time is logged through
 * the commands, the due list, the contact search (by name, and by a word of the touches' notes) and the weekly plan are
 * timed, the deadlines are let go (the reminders the seeded year made due go out), the read models are rebuilt, and
 * the app is stopped, started again and left idle for three minutes, of which the first (the start's after-work) and
 * the third are measured. In memory, where a stop loses the history, the heap and the idle minutes are measured before the stop
 * instead. Each figure is printed beside the raw driver on the same server in the same run. Run it with a heap of
 * 512 MB (memory mode beyond 10 000 events needs gigabytes: the whole database lives in the heap):
 * <p>
 * {@code ./mvnw -pl backend -Pbench -DskipTests test -Dbench.main=app.touchbase.bench.ScalingBenchmark -Dbench.heap=512m
 * -Dbench.sizes=1000,10000,100000 [-Dbench.mode=embedded-memory] [-Dbench.replay=false] [-Dbench.contacts=10000]}
 */
public final class ScalingBenchmark {

    static final String OWNER = TouchbaseBenchmark.OWNER;
    static final int COMMANDS = 300;
    static final int QUERY_RUNS = 200;
    /** The weekly plan reads a whole network's standing (and, before its counts were kept, a year of touches). */
    static final int PLAN_RUNS = 40;
    /** {@code -Dbench.contacts=1000} keeps fewer contacts, so each holds more of the history. */
    static final int MAX_CONTACTS = BenchSettings.number("bench.contacts", 10_000);
    static final int SEED_BATCH = 500;
    /**
     * Seeded events are this far apart in time, a bulk rate the commands reach: the tracking processors keep every id
     * they saw within the 10 s look-back, so a history thousands of events to the second would cost them far more
     * (at 1 ms apart, 10 000 events ran a 512 MB heap out of memory).
     */
    static final Duration SPACING = Duration.ofMillis(20);
    /** Each touch's notes name one of this many topics, which the search in notes looks for. */
    static final int TOPICS = 1000;
    static final String TOPIC = "topic";

    /** {@code -Dbench.replay=false} leaves the rebuild out: at 1 000 000 events it alone takes most of an hour. */
    static final boolean REPLAY = BenchSettings.flag("bench.replay", true);

    public static void main(String[] args) throws Exception {
        String mode = BenchSettings.text("bench.mode", "embedded-file");
        int[] sizes = Arrays.stream(BenchSettings.text("bench.sizes", "1000,10000,100000").split(","))
                .mapToInt(size -> Integer.parseInt(size.strip())).toArray();
        System.out.printf("Scaling benchmark: storage %s, %d cores, max heap %d MB, Java %s%n", mode,
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.version"));
        List<String> rows = new ArrayList<>();
        try {
            for (int size : sizes) {
                rows.add(new ScalingBenchmark().measure(size, mode));
            }
        } catch (Exception | Error e) {
            e.printStackTrace();
            System.exit(1); // the app's own threads would keep a failed run alive
        }
        System.out.println();
        System.out.println("| events | contacts | seeded events/s | LogInteraction/s (raw inserts/s) | LogInteraction p50 / p99 ms "
                + "| replay events/s (raw scan docs/s) | due list p95 ms (raw find of its rows) | search by name / in notes p95 ms | weekly plan p95 ms | ready after restart s "
                + "| heap after GC MB | idle % of a core (first / third minute) | data file MB |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        rows.forEach(System.out::println);
        System.exit(0);
    }

    private final Random random = new Random(42);

    private String measure(int events, String mode) throws Exception {
        int contacts = Math.max(1, Math.min(MAX_CONTACTS, events / 10));
        Path file = Files.createTempDirectory("touchbase-scaling").resolve("scaling.mv");
        String[] appArgs = AsAUserRunsIt.with("--touchbase.storage.mode=" + mode, "--touchbase.storage.file=" + file,
                "--logging.level.root=WARN", "--logging.level.app.touchbase.mail=WARN", "--logging.level.org.jobrunr=OFF");
        System.out.printf("%n%d events, %d contacts%n", events, contacts);
        StringBuilder row = new StringBuilder("| " + events + " | " + contacts + " | ");
        boolean storedInAFile = mode.equals("embedded-file");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(TouchbaseTestApplication.class).run(appArgs)) {
            List<UUID> ids = new ArrayList<>();
            Lifecycle deadlines = app.getBean("jobServer", Lifecycle.class);
            deadlines.stop();
            row.append(String.format("%.0f | ", seedAndFold(app, ids, contacts, events)));
            MongoDatabase database = app.getBean(MongoDatabase.class);
            requireEveryContactFolded(database, contacts);

            double rawInserts = rawInsertRate(database);
            long[] commandNanos = logTouches(app.getBean(CommandGateway.class), ids);
            double commandRate = COMMANDS / (Arrays.stream(commandNanos).sum() / 1e9);
            row.append(String.format("%.1f (%.0f) | %.1f / %.1f | ", commandRate, rawInserts,
                    millis(percentile(commandNanos, 50)), millis(percentile(commandNanos, 99))));

            QueryGateway queries = app.getBean(QueryGateway.class);
            long[] due = time(() -> queries.query(new ListDueTouches(OWNER), ResponseTypes.instanceOf(DueTouches.class)).join());
            long[] rawDue = time(() -> database.getCollection("next_touch").find(dueRows()).into(new ArrayList<>()));
            long[] search = time(() -> searchFor("contact 1" + random.nextInt(100), queries));
            long[] notesSearch = time(() -> searchFor(TOPIC + random.nextInt(TOPICS), queries));
            long[] weeklyPlan = time(() -> queries.query(new FetchThisWeek(OWNER), ResponseTypes.instanceOf(ThisWeek.class)).join(),
                    PLAN_RUNS);
            System.out.printf("  the due list holds %d people; a search by name finds %d, one in notes %d%n",
                    queries.query(new ListDueTouches(OWNER), ResponseTypes.instanceOf(DueTouches.class)).join().touches().size(),
                    searchFor("contact 1" + random.nextInt(100), queries).total(), searchFor(TOPIC + random.nextInt(TOPICS), queries).total());
            // the reminders the seeded history made due go out now, as they would have gone out over the year it spans
            deadlines.start();

            awaitEveryProcessor(app);
            row.append(REPLAY ? replayAndRawScan(app, database) : "– | ");
            row.append(String.format("%.1f (%.1f) | %.1f / %.1f | %.1f | ",
                    millis(percentile(due, 95)), millis(percentile(rawDue, 95)), millis(percentile(search, 95)),
                    millis(percentile(notesSearch, 95)), millis(percentile(weeklyPlan, 95))));
            if (!storedInAFile) {
                // the memory mode keeps nothing across a stop: its heap and idle are read with the history still in it
                row.append("– | ").append(heapAndIdle());
            }
        }
        if (storedInAFile) {
            long restart = System.nanoTime();
            try (ConfigurableApplicationContext app = new SpringApplicationBuilder(TouchbaseTestApplication.class).run(appArgs)) {
                awaitCaughtUp(app);
                row.append(String.format("%.1f | ", seconds(restart))).append(heapAndIdle());
            }
        }
        row.append(storedInAFile ? String.format("%.1f |", Files.size(file) / 1e6) : "– |");
        System.out.println("  " + row);
        return row.toString();
    }

    /** The heap after a full collection, then the share of a core used in the first and in the third idle minute. */
    private static String heapAndIdle() throws Exception {
        System.gc();
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
        double settling = IdleCpu.percentOfACore(Duration.ofMinutes(1));
        Thread.sleep(Duration.ofMinutes(1).toMillis());
        double settled = IdleCpu.percentOfACore(Duration.ofMinutes(1));
        return String.format("%d | %.1f / %.1f | ", heap, settling, settled);
    }

    /**
     * Seeds the history with the deadlines held, and returns the events seeded a second, folded by every processor. The
     * history is stamped days ago, and a tracking processor that has seen an event stamped now never fetches one stamped
     * before it (less the look-back): the read models would miss the rest of the history. So no deadline fires until
     * every processor has passed the seeded history (a fired deadline queues a reminder, stamped now), and the commands
     * and queries are timed before the year's reminders go out at once, on an app as quiet as a user's on most days.
     */
    private double seedAndFold(ConfigurableApplicationContext app, List<UUID> ids, int contacts, int events) {
        long seedStart = System.nanoTime();
        seed(app.getBean(EventStore.class), ids, contacts, events);
        awaitCaughtUp(app);
        System.out.printf("  seeded and folded by the read models in %.1f s%n", seconds(seedStart));
        awaitEveryProcessor(app);
        double seeded = events / seconds(seedStart);
        System.out.printf("  and followed by every processor in %.1f s%n", seconds(seedStart));
        return seeded;
    }

    private ContactPage searchFor(String text, QueryGateway queries) {
        return queries.query(new SearchContacts(OWNER, text, null, false, 0, 50), ResponseTypes.instanceOf(ContactPage.class)).join();
    }

    /** The documents the due list reads, for the raw driver to read the same, whole, with one filter. */
    private static Bson dueRows() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return Filters.and(Filters.eq("owner", OWNER), Filters.eq("archived", false),
                Filters.or(Filters.lte("nextTouchOn", TouchStatusPolicy.horizon(today)), Filters.gt("snoozedUntil", today)));
    }

    /** Every figure after the seeding is only worth something if the read models hold the whole seeded history. */
    private static void requireEveryContactFolded(MongoDatabase database, int contacts) {
        long folded = CountByQuery.count(database, database.getCollection("contact_directory"), new Document("owner", OWNER));
        if (folded != contacts) {
            throw new IllegalStateException("The read models hold " + folded + " of the " + contacts + " seeded contacts");
        }
    }

    /**
     * The owner's account, then contacts added, given a cadence and touched until {@code events} are stored. Each
     * contact's events are stored in one batch: the reminder sagas follow the history and may record a reminder on a
     * contact as soon as it is due, so a contact's own history must be complete before they see it.
     */
    private void seed(EventStore store, List<UUID> ids, int contacts, int events) {
        int[] touches = new int[contacts];
        for (int i = 0; i < events - contacts * 2 - 1; i++) {
            touches[random.nextInt(contacts)]++;
        }
        Instant at = Instant.now().minus(Duration.ofDays(7)).minus(SPACING.multipliedBy(events));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Period[] cadences = {Period.ofWeeks(2), Period.ofMonths(1), Period.ofMonths(3), Period.ofMonths(6), Period.ofYears(1)};
        InteractionType[] types = InteractionType.values();
        List<EventMessage<?>> batch = new ArrayList<>(List.of(ownerRegistered(at)));
        for (int contact = 0; contact < contacts; contact++) {
            UUID id = UUID.randomUUID();
            ids.add(id);
            long[] sequence = {0};
            at = at.plus(SPACING);
            batch.add(event(id, sequence, new ContactAdded(id, OWNER, ContactDetails.named("Contact " + contact)
                    .withCompany("Company " + (contact % 50), "Role"), at), at));
            at = at.plus(SPACING);
            batch.add(event(id, sequence, new CadenceSet(id, OWNER, cadences[contact % cadences.length], today.minusYears(1), at), at));
            for (int touch = 0; touch < touches[contact]; touch++) {
                at = at.plus(SPACING);
                batch.add(event(id, sequence, new InteractionLogged(id, OWNER, UUID.randomUUID(), types[random.nextInt(types.length)],
                        today.minusDays(1 + random.nextInt(365)), Direction.values()[random.nextInt(3)],
                        "Talked about the project and the kids, and " + TOPIC + random.nextInt(TOPICS), at), at));
            }
            if (batch.size() >= SEED_BATCH || contact == contacts - 1) {
                store.publish(batch);
                batch = new ArrayList<>();
            }
        }
    }

    /** The owner's account, so "today" is read in a zone the app knows and keeps, as for every real owner. */
    static EventMessage<?> ownerRegistered(Instant at) {
        return new GenericDomainEventMessage<>("Account", OWNER, 0, new AccountRegistered(OWNER, "Bench", "$2a$10$not-a-real-hash",
                ZoneOffset.UTC, at), MetaData.emptyInstance(), UUID.randomUUID().toString(), at);
    }

    /** The contact's next event: {@code sequence} holds the number it gets and is moved on. */
    static EventMessage<?> event(UUID contact, long[] sequence, Object payload, Instant at) {
        return new GenericDomainEventMessage<>("Contact", contact.toString(), sequence[0]++, payload, MetaData.emptyInstance(),
                UUID.randomUUID().toString(), at);
    }

    private long[] logTouches(CommandGateway commands, List<UUID> ids) {
        long[] nanos = new long[COMMANDS];
        InteractionType[] types = InteractionType.values();
        for (int i = 0; i < COMMANDS; i++) {
            LogInteraction touch = new LogInteraction(ids.get(random.nextInt(ids.size())), OWNER, UUID.randomUUID(),
                    types[random.nextInt(types.length)], LocalDate.now(ZoneOffset.UTC), Direction.NEUTRAL, "Coffee");
            long start = System.nanoTime();
            commands.sendAndWait(touch);
            nanos[i] = System.nanoTime() - start;
        }
        return nanos;
    }

    private static long[] time(Runnable query) {
        return time(query, QUERY_RUNS);
    }

    private static long[] time(Runnable query, int runs) {
        for (int i = 0; i < runs / 4; i++) {
            query.run();
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            query.run();
            nanos[i] = System.nanoTime() - start;
        }
        return nanos;
    }

    private static double rawInsertRate(MongoDatabase database) {
        MongoCollection<Document> raw = database.getCollection("scaling_raw");
        double rate = TouchbaseBenchmark.rawInsertRate(raw, COMMANDS);
        raw.drop();
        return rate;
    }

    /**
     * The reminder sagas and the automations follow a history stored in bulk on their own, after the read models: the
     * commands and the rebuild are timed once they are done, not while they still fold it.
     */
    static void awaitEveryProcessor(ConfigurableApplicationContext app) {
        TouchbaseBenchmark.waitFor(() -> NewestEventFolded.byEveryProcessor(app));
    }

    static void awaitCaughtUp(ConfigurableApplicationContext app) {
        QueryGateway queries = app.getBean(QueryGateway.class);
        TouchbaseBenchmark.waitFor(() -> queries.query(new FetchReadModelStatus(), ResponseTypes.instanceOf(ReadModelStatus.class))
                .join().allCaughtUp() && NewestEventFolded.in(app));
    }

    private static long percentile(long[] nanos, int percent) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, sorted.length * percent / 100)];
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static String replayAndRawScan(ConfigurableApplicationContext app, MongoDatabase database) throws Exception {
        // countDocuments is an aggregation the embedded server answers by holding every document at once
        long stored = CountByQuery.count(database, database.getCollection("domainevents"), new Document());
        TouchbaseBenchmark.rawScanRate(database.getCollection("domainevents")); // once to read the pages in, as a replay finds them
        double rawScan = TouchbaseBenchmark.rawScanRate(database.getCollection("domainevents"));
        long replayStart = System.nanoTime();
        app.getBean(CommandGateway.class).sendAndWait(new RebuildReadModels());
        awaitCaughtUp(app);
        return String.format("%.0f (%.0f) | ", stored / seconds(replayStart), rawScan);
    }
}
