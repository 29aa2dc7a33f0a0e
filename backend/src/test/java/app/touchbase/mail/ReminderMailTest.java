package app.touchbase.mail;

import app.touchbase.TouchbaseTestApplication;
import app.touchbase.account.api.RegisterAccount;
import app.touchbase.cadence.api.SetCadence;
import app.touchbase.cadence.api.SnoozeTouch;
import app.touchbase.duplicates.api.MergeContacts;
import app.touchbase.nexttouch.api.FetchNextTouch;
import app.touchbase.nexttouch.api.NextTouch;
import app.touchbase.contact.api.AddContact;
import app.touchbase.contact.api.ContactDetails;
import app.touchbase.contact.api.ContactProfile;
import app.touchbase.contact.api.FetchContact;
import app.touchbase.contact.api.RecordFact;
import app.touchbase.contact.api.TimelineKind;
import app.touchbase.interaction.api.Direction;
import app.touchbase.interaction.api.InteractionType;
import app.touchbase.interaction.api.LogInteraction;
import app.touchbase.interaction.api.Reply;
import app.touchbase.reminder.api.ChangeReminderPreferences;
import app.touchbase.reminder.api.DeliveryHealth;
import app.touchbase.reminder.api.FetchDeliveryHealth;
import app.touchbase.replay.api.RebuildReadModels;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Reminder mails end to end: real Axon, JobRunr deadlines and the outbox on the MongoDB wire protocol (a server
 * that outlives the application, so the application can restart), and real SMTP to GreenMail.
 */
class ReminderMailTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP);

    private MongoServer mongo;
    private String mongoUri;
    private final List<ConfigurableApplicationContext> running = new ArrayList<>();

    @BeforeEach
    void startMongo() {
        mongo = new MongoServer(new MemoryBackend());
        InetSocketAddress address = mongo.bind();
        mongoUri = "mongodb://localhost:" + address.getPort();
    }

    @AfterEach
    void stopEverything() {
        running.forEach(ConfigurableApplicationContext::close);
        mongo.shutdownNow();
    }

    ConfigurableApplicationContext start() {
        ConfigurableApplicationContext app = new SpringApplicationBuilder(TouchbaseTestApplication.class).run(
                "--touchbase.storage.mode=external", "--touchbase.storage.uri=" + mongoUri,
                "--spring.mail.host=localhost", "--spring.mail.port=" + ServerSetupTest.SMTP.getPort(),
                "--touchbase.public-url=http://touchbase.test");
        running.add(app);
        return app;
    }

    void stop(ConfigurableApplicationContext app) {
        app.close();
        running.remove(app);
    }

    /** A zone where it is around noon now, so "a few seconds from now" is still today there. */
    static ZoneOffset middayZone(Instant now) {
        int utcHour = now.atOffset(ZoneOffset.UTC).getHour();
        return ZoneOffset.ofHours(Math.max(-12, Math.min(14, 12 - utcHour)));
    }

    record Setup(String owner, UUID contactId, Instant remindAt, ZoneOffset zone) {
    }

    /** An account whose reminders go out a few seconds from now, and a contact whose touch is due today. */
    static Setup dueContact(ConfigurableApplicationContext app, Duration remindIn) {
        CommandGateway commands = app.getBean(CommandGateway.class);
        Instant now = Clock.systemUTC().instant();
        ZoneOffset zone = middayZone(now);
        String owner = "ada-" + UUID.randomUUID().toString().substring(0, 8);
        commands.sendAndWait(new RegisterAccount(owner, "Ada", "correct horse battery", zone));
        Instant remindAt = now.plus(remindIn).truncatedTo(ChronoUnit.SECONDS);
        LocalTime sendAt = LocalTime.ofInstant(remindAt, zone);
        commands.sendAndWait(new ChangeReminderPreferences(owner, "ada@example.com", sendAt, null, true));
        UUID contactId = UUID.randomUUID();
        commands.sendAndWait(new AddContact(contactId, owner, ContactDetails.named("Grace Hopper").withCompany("Navy", "Rear admiral")));
        commands.sendAndWait(new RecordFact(contactId, owner, UUID.randomUUID(), "Kids", "Two, both at university", null));
        commands.sendAndWait(new SetCadence(contactId, owner, Period.ofDays(1)));
        commands.sendAndWait(new LogInteraction(contactId, owner, UUID.randomUUID(), InteractionType.CALL,
                LocalDate.ofInstant(now, zone).minusDays(1), Direction.NEUTRAL, "Talked about COBOL"));
        return new Setup(owner, contactId, remindAt, zone);
    }

    static List<Document> scheduledReminderJobs(ConfigurableApplicationContext app) {
        return app.getBean(MongoDatabase.class).getCollection("jobrunr_jobs")
                .find(new Document("state", "SCHEDULED")).into(new ArrayList<>()).stream()
                .filter(job -> job.toJson().contains("contact-reminder-due"))
                .toList();
    }

    @Test
    void aReminderScheduledBeforeARestartIsMailedOnceAfterItAndAReplaySendsNothing() throws Exception {
        ConfigurableApplicationContext first = start();
        Setup setup = dueContact(first, Duration.ofSeconds(20));
        await().atMost(Duration.ofSeconds(15)).until(() -> !scheduledReminderJobs(first).isEmpty());
        assertThat(SMTP.getReceivedMessages()).isEmpty();
        stop(first);

        ConfigurableApplicationContext second = start();
        await().atMost(Duration.ofSeconds(60)).until(() -> SMTP.getReceivedMessages().length >= 1);
        assertThat(Clock.systemUTC().instant()).as("not sent before its time").isAfterOrEqualTo(setup.remindAt());
        MimeMessage mail = SMTP.getReceivedMessages()[0];
        assertThat(mail.getSubject()).isEqualTo("Time to get in touch with Grace Hopper");
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("ada@example.com");
        String body = GreenMailUtil.getBody(mail);
        assertThat(body).contains("Talked about COBOL").contains("Kids: Two, both at university")
                .contains("http://touchbase.test/act/").contains("<a href=")
                .as("the reminder names the plan it belongs to").contains("The one person in your plan for the week of");

        await().untilAsserted(() -> assertThat(profile(second, setup).timeline())
                .anySatisfy(entry -> assertThat(entry.kind()).isEqualTo(TimelineKind.REMINDER_SENT)));
        second.getBean(CommandGateway.class).sendAndWait(new RebuildReadModels());
        await().during(Duration.ofSeconds(8)).atMost(Duration.ofSeconds(20))
                .until(() -> SMTP.getReceivedMessages().length == 1);
    }

    @Test
    void aSnoozedContactMergedIntoAnotherKeepsItSnoozedSoNoReminderGoesOutForThePair() throws Exception {
        ConfigurableApplicationContext app = start();
        Setup setup = dueContact(app, Duration.ZERO);
        CommandGateway commands = app.getBean(CommandGateway.class);
        LocalDate today = LocalDate.ofInstant(Clock.systemUTC().instant(), setup.zone());
        UUID snoozed = UUID.randomUUID();
        commands.sendAndWait(new AddContact(snoozed, setup.owner(), ContactDetails.named("Alan Turing")));
        commands.sendAndWait(new SetCadence(snoozed, setup.owner(), Period.ofDays(1)));
        commands.sendAndWait(new SnoozeTouch(snoozed, setup.owner(), today.plusDays(7)));
        commands.sendAndWait(new LogInteraction(snoozed, setup.owner(), UUID.randomUUID(), InteractionType.CALL,
                today.minusDays(1), Direction.NEUTRAL, null));
        UUID kept = UUID.randomUUID();
        ContactDetails keptDetails = ContactDetails.named("Alan M. Turing").withEmails("alan@example.org");
        commands.sendAndWait(new AddContact(kept, setup.owner(), keptDetails));
        await().atMost(Duration.ofSeconds(40)).until(() -> SMTP.getReceivedMessages().length >= 1);
        assertThat(SMTP.getReceivedMessages()[0].getSubject()).as("reminders go out in this run")
                .isEqualTo("Time to get in touch with Grace Hopper");

        commands.sendAndWait(new MergeContacts(setup.owner(), kept, snoozed, keptDetails));

        await().during(Duration.ofSeconds(12)).atMost(Duration.ofSeconds(30))
                .until(() -> SMTP.getReceivedMessages().length == 1);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(app.getBean(QueryGateway.class)
                .query(new FetchNextTouch(setup.owner(), kept), ResponseTypes.optionalInstanceOf(NextTouch.class)).join()
                .orElseThrow().snoozedUntil()).isEqualTo(today.plusDays(7)));
    }

    static ContactProfile profile(ConfigurableApplicationContext app, Setup setup) {
        return app.getBean(QueryGateway.class).query(new FetchContact(setup.owner(), setup.contactId()),
                ResponseTypes.optionalInstanceOf(ContactProfile.class)).join().orElseThrow();
    }

    static DeliveryHealth health(ConfigurableApplicationContext app, String owner) {
        return app.getBean(QueryGateway.class).query(new FetchDeliveryHealth(owner), ResponseTypes.instanceOf(DeliveryHealth.class)).join();
    }

    @Test
    void aFailedSendIsVisibleAndRetriedUntilTheServerTakesIt() {
        ConfigurableApplicationContext app = start();
        SMTP.stop();
        Setup setup = dueContact(app, Duration.ZERO);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            DeliveryHealth health = health(app, setup.owner());
            assertThat(health.failing()).isEqualTo(1);
            assertThat(health.lastError()).isNotBlank();
            assertThat(health.lastSentAt()).isNull();
        });

        SMTP.start();
        await().atMost(Duration.ofSeconds(30)).until(() -> SMTP.getReceivedMessages().length == 1);
        await().untilAsserted(() -> {
            DeliveryHealth health = health(app, setup.owner());
            assertThat(health.lastSentAt()).isNotNull();
            assertThat(health.failing()).isZero();
            assertThat(health.pending()).isZero();
        });
    }

    @Test
    void twoInstancesOnOneDatabaseSendADueReminderOnce() {
        ConfigurableApplicationContext first = start();
        ConfigurableApplicationContext second = start();
        dueContact(first, Duration.ofSeconds(3));
        await().atMost(Duration.ofSeconds(40)).until(() -> SMTP.getReceivedMessages().length >= 1);
        await().during(Duration.ofSeconds(8)).atMost(Duration.ofSeconds(20)).until(() -> SMTP.getReceivedMessages().length == 1);
        assertThat(second.isRunning()).isTrue();
    }

    @Test
    void theWeeklyDigestArrivesOnItsDayWithWhoIsOverdue() throws Exception {
        ConfigurableApplicationContext app = start();
        CommandGateway commands = app.getBean(CommandGateway.class);
        Instant now = Clock.systemUTC().instant();
        ZoneOffset zone = middayZone(now);
        String owner = "bea-" + UUID.randomUUID().toString().substring(0, 8);
        commands.sendAndWait(new RegisterAccount(owner, "Bea", "correct horse battery", zone));
        // the address first: nothing is kept for want of one, so no catch-up digest can come before the weekly one
        Instant digestAt = now.plus(Duration.ofSeconds(15)).truncatedTo(ChronoUnit.SECONDS);
        commands.sendAndWait(new ChangeReminderPreferences(owner, "bea@example.com", LocalTime.ofInstant(digestAt, zone),
                digestAt.atOffset(zone).getDayOfWeek(), true));
        UUID contactId = UUID.randomUUID();
        commands.sendAndWait(new AddContact(contactId, owner, ContactDetails.named("Barbara Liskov")));
        commands.sendAndWait(new SetCadence(contactId, owner, Period.ofMonths(1)));
        commands.sendAndWait(new LogInteraction(contactId, owner, UUID.randomUUID(), InteractionType.CALL,
                LocalDate.ofInstant(now, zone).minusDays(45), Direction.NEUTRAL, null));
        commands.sendAndWait(new RecordFact(contactId, owner, UUID.randomUUID(), null, "Won the Turing Award", null));
        UUID alan = UUID.randomUUID();
        commands.sendAndWait(new AddContact(alan, owner, ContactDetails.named("Alan Kay")));
        commands.sendAndWait(new LogInteraction(alan, owner, UUID.randomUUID(), InteractionType.EMAIL,
                LocalDate.ofInstant(now, zone), Direction.ASKED, "Asked about Smalltalk", Reply.AWAIT));

        await().atMost(Duration.ofSeconds(45)).until(() -> Arrays.stream(SMTP.getReceivedMessages())
                .anyMatch(mail -> subject(mail).startsWith("Your week in Touchbase")));
        MimeMessage digest = Arrays.stream(SMTP.getReceivedMessages())
                .filter(mail -> subject(mail).startsWith("Your week in Touchbase")).findFirst().orElseThrow();
        assertThat(digest.getAllRecipients()[0].toString()).isEqualTo("bea@example.com");
        assertThat(GreenMailUtil.getBody(digest)).contains("Barbara Liskov").contains("Get in touch")
                .as("the plan says what to offer").contains("Congratulate them")
                .as("and a reply awaited stays in sight").contains("WAITING FOR A REPLY", "Waiting for a reply", "Alan Kay",
                        "Asked about Smalltalk");
        assertThat(Clock.systemUTC().instant()).isAfterOrEqualTo(digestAt);
    }

    static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
