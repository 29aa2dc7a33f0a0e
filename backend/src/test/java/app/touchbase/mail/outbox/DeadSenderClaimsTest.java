package app.touchbase.mail.outbox;

import app.touchbase.platform.mongo.BsonTime;
import app.touchbase.reminder.api.MailKind;
import app.touchbase.reminder.api.MailStatus;
import app.touchbase.support.IntegrationTest;
import app.touchbase.support.MutableClock;
import app.touchbase.support.Touchbase;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A mail claimed by a sender whose heartbeat stopped goes out at once; one claimed by a live sender stays its own. */
@IntegrationTest
class DeadSenderClaimsTest {

    @Autowired
    Touchbase touchbase;
    @Autowired
    MutableClock clock;
    @Autowired
    MailOutbox outbox;
    @Autowired
    MongoDatabase database;

    @Test
    void aClaimOfADeadSenderIsTakenOverWithinThirtySecondsAndALiveOneIsLeftAlone() {
        String owner = touchbase.registerAccount("grace", "Grace");
        Instant now = clock.instant();
        MongoCollection<Document> senders = database.getCollection(MailSenders.COLLECTION);
        senders.insertOne(new Document("_id", "killed-" + owner).append("heartbeatAt", BsonTime.date(now.minus(Duration.ofMinutes(1)))));
        senders.insertOne(new Document("_id", "alive-" + owner).append("heartbeatAt", BsonTime.date(now)));
        UUID leftByTheDead = claimedDigest(owner, "killed-" + owner, now);
        UUID heldByTheLiving = claimedDigest(owner, "alive-" + owner, now);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(mail(leftByTheDead).getString("status")).isEqualTo(MailStatus.KEPT.name()));

        Document held = mail(heldByTheLiving);
        assertThat(held.getString("status")).isEqualTo(MailStatus.PENDING.name());
        assertThat(held.getString("claimedBy")).isEqualTo("alive-" + owner);
    }

    /**
     * A due digest claimed for the full five minutes, as a sender does just before it sends. It is queued for
     * tomorrow and made due only together with its claim, so the running dispatcher never sees it unclaimed.
     */
    private UUID claimedDigest(String owner, String sender, Instant now) {
        UUID mailId = UUID.randomUUID();
        assertThat(outbox.queue(mailId, MailKind.DIGEST, owner, new Document("weekOf", "2026-11-16"), now.plus(Duration.ofDays(1)))).isTrue();
        database.getCollection(MailOutbox.COLLECTION).updateOne(eq("_id", mailId.toString()), combine(
                set("claimedUntil", BsonTime.date(now.plus(MailDispatcher.CLAIM))), set("claimedBy", sender),
                set("nextAttemptAt", BsonTime.date(now.minusSeconds(60)))));
        return mailId;
    }

    private Document mail(UUID mailId) {
        return database.getCollection(MailOutbox.COLLECTION).find(eq("_id", mailId.toString())).first();
    }
}
