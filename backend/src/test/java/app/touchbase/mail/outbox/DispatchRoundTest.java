package app.touchbase.mail.outbox;

import app.touchbase.cadence.api.KeepInTouchRule;
import app.touchbase.contact.api.ContactDetails;
import app.touchbase.interaction.api.InteractionType;
import app.touchbase.mail.MailProperties;
import app.touchbase.mail.compose.MailComposer;
import app.touchbase.reminder.api.MailKind;
import app.touchbase.reminder.api.MailStatus;
import app.touchbase.reminder.api.ReminderOccasion;
import app.touchbase.replay.api.FetchReadModelStatus;
import app.touchbase.replay.api.ReadModelState;
import app.touchbase.replay.api.ReadModelStatus;
import app.touchbase.support.IntegrationTest;
import app.touchbase.support.MutableClock;
import app.touchbase.support.Touchbase;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * One round of the dispatcher through the outbox. A rebuild that begins meanwhile: the mail being composed goes back
 * untouched and the rest wait. A stop meanwhile: the mail in hand is finished and no other is claimed. A burst of
 * reminders: the owner's weekly plan, which each names, is read once. The dispatcher here has an outbox of its own, so
 * the application's dispatcher never takes these mails; only its view of the rebuild is set by the test, to place the
 * rebuild's start (or the stop) between two of its steps.
 */
@IntegrationTest
class DispatchRoundTest {

    static final ReadModelStatus IDLE = new ReadModelStatus(List.of(new ReadModelState("read-models", true, false, true, false)));
    static final ReadModelStatus REBUILDING = new ReadModelStatus(List.of(new ReadModelState("read-models", true, true, false, false)));

    @Autowired
    Touchbase touchbase;
    @Autowired
    MutableClock clock;
    @Autowired
    MongoClient mongoClient;
    @Autowired
    MailComposer composer;
    @Autowired
    MailTransport transport;
    @Autowired
    CommandGateway commands;
    @Autowired
    MailProperties properties;

    MongoDatabase apart;
    MailOutbox outbox;
    String owner;

    @BeforeEach
    void ownOutbox() {
        apart = mongoClient.getDatabase("dispatch-" + UUID.randomUUID().toString().substring(0, 8));
        outbox = new MailOutbox(apart);
        owner = touchbase.registerAccount("ada", "Ada");
    }

    @AfterEach
    void dropOutbox() {
        apart.drop();
    }

    @Test
    void aRebuildThatBeginsWhileAMailIsComposedPutsItBackAndLeavesTheNextOneUnclaimed() {
        UUID composedFirst = reminderFor(UUID.randomUUID(), Duration.ofMinutes(2));
        UUID next = reminderFor(UUID.randomUUID(), Duration.ofMinutes(1));

        dispatcherSeeing(IDLE, REBUILDING).dispatchDue();

        for (UUID mailId : List.of(composedFirst, next)) {
            Document mail = mail(mailId);
            assertThat(mail.getString("status")).isEqualTo(MailStatus.PENDING.name());
            assertThat(mail.getInteger("attempts")).as("no attempt used up").isZero();
            assertThat(mail.get("claimedBy")).as("free for the next sender").isNull();
            assertThat(mail.get("lastError")).isNull();
        }
    }

    @Test
    void aMailComposedJustBeforeTheRebuildBeganIsNotSentFromWhatTheReadModelsHeldThen() {
        UUID contactId = touchbase.addContact(owner, ContactDetails.named("Grace Hopper"));
        await().until(() -> touchbase.contact(owner, contactId).isPresent());
        UUID mailId = reminderFor(contactId, Duration.ofMinutes(1));

        dispatcherSeeing(IDLE, REBUILDING).dispatchDue();

        Document mail = mail(mailId);
        assertThat(mail.getString("status")).isEqualTo(MailStatus.PENDING.name());
        assertThat(mail.getInteger("attempts")).isZero();
        assertThat(mail.get("subject")).as("composed again once the rebuild is done").isNull();

        dispatcherSeeing(IDLE, IDLE).dispatchDue();

        assertThat(mail(mailId).getString("status")).as("kept: no address or mail server is set").isEqualTo(MailStatus.KEPT.name());
        assertThat(mail(mailId).getString("subject")).isEqualTo("Time to get in touch with Grace Hopper");
    }

    @Test
    void withoutARebuildTheSameMailUsesUpAnAttempt() {
        UUID mailId = reminderFor(UUID.randomUUID(), Duration.ofMinutes(1));

        dispatcherSeeing(IDLE, IDLE).dispatchDue();

        Document mail = mail(mailId);
        assertThat(mail.getInteger("attempts")).as("the read models do not know the contact").isEqualTo(1);
        assertThat(mail.getString("lastError")).isNotBlank();
    }

    @Test
    void aStopWhileTheOutboxGoesOutFinishesTheMailInHandAndClaimsNoOther() {
        UUID inHand = reminderFor(UUID.randomUUID(), Duration.ofMinutes(2));
        UUID next = reminderFor(UUID.randomUUID(), Duration.ofMinutes(1));
        QueryGateway queries = mock(QueryGateway.class);
        MailDispatcher dispatcher = new MailDispatcher(outbox, composer, transport, commands, clock, properties,
                new MailSenders(apart), queries);
        when(queries.query(any(FetchReadModelStatus.class), any(Class.class))).thenAnswer(asked -> {
            dispatcher.stop(); // the app stops while the round is under way
            return CompletableFuture.completedFuture(IDLE);
        });

        dispatcher.dispatchDue();

        assertThat(mail(inHand).getInteger("attempts")).as("the mail in hand is finished").isEqualTo(1);
        Document untouched = mail(next);
        assertThat(untouched.getString("status")).isEqualTo(MailStatus.PENDING.name());
        assertThat(untouched.getInteger("attempts")).isZero();
        assertThat(untouched.get("claimedBy")).as("left for the next start").isNull();
    }

    @Test
    void theRemindersOfOneRoundReadTheOwnersWeeklyPlanOnce() {
        List<UUID> contacts = Stream.of("Grace Hopper", "Ada Lovelace", "Alan Turing")
                .map(name -> touchbase.addContact(owner, ContactDetails.named(name))).toList();
        LocalDate fourMonthsAgo = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).minusMonths(4);
        contacts.forEach(contactId -> {
            touchbase.setCadence(owner, contactId, Period.ofMonths(3));
            touchbase.logInteraction(owner, contactId, InteractionType.COFFEE_OR_LUNCH, fourMonthsAgo);
        });
        await().until(() -> composer.thisWeek(owner).items().size() == 3);
        List<UUID> mails = contacts.stream().map(contactId -> reminderFor(contactId, Duration.ofMinutes(1))).toList();
        MailComposer composing = spy(composer);

        new MailDispatcher(outbox, composing, transport, commands, clock, properties, new MailSenders(apart),
                answering(IDLE, IDLE)).dispatchDue();

        verify(composing, times(1)).thisWeek(owner);
        assertThat(mails).allSatisfy(mailId -> {
            assertThat(mail(mailId).getString("status")).as("kept: no address or mail server is set").isEqualTo(MailStatus.KEPT.name());
            assertThat(mail(mailId).getString("text")).as("each places its contact in the week's plan, read once")
                    .contains("One of the 3 people in your plan for the week of");
        });
    }

    /** A dispatcher that sees the read models as the test sets them: {@code first}, then {@code later}. */
    MailDispatcher dispatcherSeeing(ReadModelStatus first, ReadModelStatus later) {
        return new MailDispatcher(outbox, composer, transport, commands, clock, properties, new MailSenders(apart),
                answering(first, later));
    }

    /** The first answer is given once; every later one is the second. */
    static QueryGateway answering(ReadModelStatus first, ReadModelStatus later) {
        QueryGateway queries = mock(QueryGateway.class);
        when(queries.query(any(FetchReadModelStatus.class), any(Class.class)))
                .thenReturn(CompletableFuture.completedFuture(first), CompletableFuture.completedFuture(later));
        return queries;
    }

    /** A reminder about a contact the read models do not know, as while a rebuild has not reached it yet. */
    UUID reminderFor(UUID contactId, Duration ago) {
        UUID mailId = UUID.randomUUID();
        Document occasion = OutboxFeeder.occasion(ReminderOccasion.touch(KeepInTouchRule.CADENCE,
                LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC), "Overdue"));
        assertThat(outbox.queue(mailId, MailKind.REMINDER, owner, new Document("contactId", contactId.toString())
                .append("occasions", List.of(occasion)), clock.instant().minus(ago))).isTrue();
        return mailId;
    }

    Document mail(UUID mailId) {
        return apart.getCollection(MailOutbox.COLLECTION).find(eq("_id", mailId.toString())).first();
    }
}
