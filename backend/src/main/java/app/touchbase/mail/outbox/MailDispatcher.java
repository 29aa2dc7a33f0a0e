package app.touchbase.mail.outbox;

import app.touchbase.mail.MailProperties;
import app.touchbase.mail.compose.ComposedMail;
import app.touchbase.mail.compose.MailComposer;
import app.touchbase.reminder.api.MailKind;
import app.touchbase.reminder.api.RecordReminderSent;
import app.touchbase.replay.api.FetchReadModelStatus;
import app.touchbase.replay.api.ReadModelStatus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Sends what the outbox holds, oldest first: composes each mail from the read models as they are now, sends it,
 * and records a sent reminder on its contact. A failed attempt is retried later with growing pauses; after the last
 * one the mail is marked failed, and the Mail page and the log say so. Without a mail server, or an address to send
 * to, the mail is kept in the outbox and logged. While the read models rebuild, nothing is composed: they would not know
 * the contact yet, and the mail would use up an attempt on that.
 */
@Component
class MailDispatcher implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(MailDispatcher.class);
    /** Long enough for any send; a claim older than this belongs to a sender that died. */
    static final Duration CLAIM = Duration.ofMinutes(5);
    /** Soon after start, so mails a crash left behind go out without waiting a whole dispatch interval. */
    static final Duration FIRST_DISPATCH_AFTER = Duration.ofSeconds(2);

    private final MailOutbox outbox;
    private final MailComposer composer;
    private final MailTransport transport;
    private final CommandGateway commands;
    private final Clock clock;
    private final MailProperties properties;
    private final MailSenders senders;
    private final QueryGateway queries;
    private ScheduledExecutorService executor;
    /** Set when the app stops: the mail in hand is finished, no further one is claimed. */
    private volatile boolean stopping;

    MailDispatcher(MailOutbox outbox, MailComposer composer, MailTransport transport, CommandGateway commands, Clock clock,
                   MailProperties properties, MailSenders senders, QueryGateway queries) {
        this.outbox = outbox;
        this.queries = queries;
        this.senders = senders;
        this.composer = composer;
        this.transport = transport;
        this.commands = commands;
        this.clock = clock;
        this.properties = properties;
    }

    /**
     * Sends every mail whose time has come, until the app stops. Asked before every mail: a rebuild may begin while a
     * long queue goes out (and a mail put back is due again), and the app may stop while it goes out.
     */
    void dispatchDue() {
        List<String> deadSenders = senders.dead(clock.instant());
        WeeklyPlansOfTheRound plans = new WeeklyPlansOfTheRound(composer, clock);
        Document mail;
        while (!stopping && !readModelsRebuilding()
                && (mail = outbox.claimNext(clock.instant(), CLAIM, senders.me(), deadSenders)) != null) {
            deliver(mail, plans);
        }
    }

    private boolean readModelsRebuilding() {
        return queries.query(new FetchReadModelStatus(), ReadModelStatus.class).join().rebuilding();
    }

    private void deliver(Document mail, WeeklyPlansOfTheRound plans) {
        String mailId = mail.getString("_id");
        int attempt = mail.getInteger("attempts", 0) + 1;
        ComposedMail composed;
        try {
            composed = compose(mail, plans);
        } catch (RuntimeException e) {
            if (!putBackIfRebuilding(mailId)) {
                fail(mailId, attempt, e);
            }
            return;
        }
        if (putBackIfRebuilding(mailId)) {
            return;
        }
        try {
            outbox.composed(mailId, composed.recipient(), composed.subject(), composed.text(), composed.html());
            if (composed.recipient() == null) {
                keep(mailId, "No address to send to: add your email address in Settings.", true);
            } else if (!transport.configured()) {
                keep(mailId, "No mail server is configured (spring.mail.host), so mails are kept here.", false);
            } else {
                transport.send(composed);
                Instant sentAt = clock.instant();
                outbox.sent(mailId, sentAt);
                LOG.info("Sent mail {}", mailId);
                recordSent(mail, composed.recipient(), sentAt);
            }
        } catch (RuntimeException e) {
            fail(mailId, attempt, e);
        }
    }

    /**
     * A rebuild that began after the mail was claimed leaves the read models incomplete: composed from them, the mail
     * could name a contact they do not know yet or miss the latest touches. It goes back to the outbox as it was, with
     * no attempt used up, and goes out once the rebuild is done.
     */
    private boolean putBackIfRebuilding(String mailId) {
        if (!readModelsRebuilding()) {
            return false;
        }
        outbox.release(mailId);
        LOG.info("Put mail {} back in the outbox: the read models began a rebuild while it was composed", mailId);
        return true;
    }

    private ComposedMail compose(Document mail, WeeklyPlansOfTheRound plans) {
        Document request = mail.get("request", Document.class);
        String owner = mail.getString("owner");
        if (MailKind.valueOf(mail.getString("kind")) == MailKind.DIGEST) {
            return composer.digest(owner);
        }
        List<MailComposer.Occasion> occasions = request.getList("occasions", Document.class).stream()
                .map(occasion -> new MailComposer.Occasion(occasion.getString("kind"), occasion.getString("label")))
                .toList();
        return composer.reminder(owner, UUID.fromString(request.getString("contactId")), occasions, () -> plans.of(owner));
    }

    private void keep(String mailId, String reason, boolean forLackOfAddress) {
        outbox.kept(mailId, reason, forLackOfAddress);
        LOG.info("Kept mail {} in the outbox: {}", mailId, reason);
    }

    private void fail(String mailId, int attempt, RuntimeException error) {
        List<Duration> pauses = properties.retryPauses();
        Instant now = clock.instant();
        String message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        if (attempt <= pauses.size()) {
            Instant retryAt = now.plus(pauses.get(attempt - 1));
            outbox.failed(mailId, attempt, message, now, retryAt);
            LOG.warn("Sending mail {} failed (attempt {}, {}), trying again at {}; the Mail page shows the server's answer",
                    mailId, attempt, error.getClass().getSimpleName(), retryAt);
        } else {
            outbox.failed(mailId, attempt, message, now, null);
            LOG.error("Sending mail {} failed {} times ({}); giving up, the Mail page shows the server's answer",
                    mailId, attempt, error.getClass().getSimpleName());
        }
    }

    /** The mail is out; if recording that fails, the timeline misses an entry, but nothing is sent twice. */
    private void recordSent(Document mail, String recipient, Instant sentAt) {
        if (MailKind.valueOf(mail.getString("kind")) != MailKind.REMINDER) {
            return;
        }
        UUID contactId = UUID.fromString(mail.get("request", Document.class).getString("contactId"));
        commands.send(new RecordReminderSent(contactId, mail.getString("owner"), UUID.fromString(mail.getString("_id")),
                recipient, sentAt)).exceptionally(error -> {
                    LOG.warn("Could not record reminder mail {} as sent on contact {} ({})", mail.getString("_id"), contactId,
                            error.getClass().getSimpleName());
                    return null;
                });
    }

    @Override
    public void start() {
        stopping = false;
        // two threads: a slow send must not hold back the heartbeat, or other instances would take its mail over
        executor = Executors.newScheduledThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "mail-dispatcher");
            thread.setDaemon(true);
            return thread;
        });
        long interval = properties.dispatchInterval().toMillis();
        executor.scheduleWithFixedDelay(this::beatSafely, 0, MailSenders.HEARTBEAT.toMillis(), TimeUnit.MILLISECONDS);
        executor.scheduleWithFixedDelay(this::dispatchSafely, Math.min(interval, FIRST_DISPATCH_AFTER.toMillis()), interval,
                TimeUnit.MILLISECONDS);
    }

    private void beatSafely() {
        try {
            senders.beat(clock.instant());
        } catch (RuntimeException e) {
            LOG.warn("The mail dispatcher could not record its heartbeat; it tries again shortly: {}", e.getMessage());
        }
    }

    private void dispatchSafely() {
        try {
            dispatchDue();
        } catch (RuntimeException e) {
            LOG.error("The mail dispatcher could not read the outbox; it tries again shortly", e);
        }
    }

    @Override
    public void stop() {
        stopping = true;
        if (executor == null) {
            return;
        }
        executor.shutdown();
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("The mail dispatcher was still sending a mail 10 s after the stop began; the stop goes on");
            }
            senders.leave();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.debug("Could not sign the mail dispatcher off; its heartbeat simply stops", e);
        }
        executor = null;
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }
}
