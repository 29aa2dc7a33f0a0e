package app.touchbase.mail.outbox;

import app.touchbase.platform.mongo.BsonTime;
import app.touchbase.platform.mongo.CountByQuery;
import app.touchbase.reminder.api.MailKind;
import app.touchbase.reminder.api.MailStatus;
import app.touchbase.reminder.api.OutboxMail;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.or;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;

/**
 * Mails waiting to go out and what became of them. A mail's id is the id of the reminder or digest it carries, so
 * queueing it twice keeps one. A sender claims a mail for a while before sending it, so two instances never send
 * the same mail at once; a claim left by a crashed sender is void once its heartbeat stops ({@link MailSenders}),
 * or at the latest when it runs out, and the mail is tried again.
 */
@Component
public class MailOutbox {

    static final String COLLECTION = "mail_outbox";
    private static final Bson TEXT_GOES = combine(set("text", null), set("html", null));

    private final MongoDatabase database;
    private final MongoCollection<Document> mails;

    public MailOutbox(MongoDatabase touchbaseDatabase) {
        this.database = touchbaseDatabase;
        this.mails = touchbaseDatabase.getCollection(COLLECTION);
        mails.createIndex(Indexes.ascending("status", "nextAttemptAt"));
        mails.createIndex(Indexes.ascending("owner", "queuedAt"));
    }

    /** Answers false when the mail was already queued. */
    boolean queue(UUID mailId, MailKind kind, String owner, Document request, Instant queuedAt) {
        try {
            mails.insertOne(new Document("_id", mailId.toString())
                    .append("kind", kind.name())
                    .append("owner", owner)
                    .append("request", request)
                    .append("status", MailStatus.PENDING.name())
                    .append("queuedAt", BsonTime.date(queuedAt))
                    .append("nextAttemptAt", BsonTime.date(queuedAt))
                    .append("claimedUntil", null)
                    .append("attempts", 0));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    /**
     * The next pending mail whose time has come, claimed by {@code sender} for {@code claimFor}; null when there is
     * none. A mail claimed by a sender that died is taken over at once.
     */
    Document claimNext(Instant now, Duration claimFor, String sender, List<String> deadSenders) {
        Bson unclaimed = or(eq("claimedUntil", null), lte("claimedUntil", BsonTime.date(now)));
        Bson ready = and(eq("status", MailStatus.PENDING.name()), lte("nextAttemptAt", BsonTime.date(now)),
                deadSenders.isEmpty() ? unclaimed : or(unclaimed, in("claimedBy", deadSenders)));
        return mails.findOneAndUpdate(ready, combine(set("claimedUntil", BsonTime.date(now.plus(claimFor))), set("claimedBy", sender)),
                new FindOneAndUpdateOptions().sort(Sorts.ascending("nextAttemptAt")).returnDocument(ReturnDocument.AFTER));
    }

    /** Gives a claimed mail back untouched, for whichever sender comes next. */
    void release(String mailId) {
        mails.updateOne(eq("_id", mailId), combine(set("claimedUntil", null), set("claimedBy", null)));
    }

    void composed(String mailId, String recipient, String subject, String text, String html) {
        mails.updateOne(eq("_id", mailId), combine(set("recipient", recipient), set("subject", subject),
                set("text", text), set("html", html)));
    }

    /**
     * An erased contact leaves no mail behind: its reminders go, and a digest that may have named it keeps only its
     * subject (counts, no names) and its fate.
     */
    void forgetContact(String owner, UUID contactId) {
        mails.deleteMany(remindersAbout(owner, contactId));
        mails.updateMany(digestsOf(owner), TEXT_GOES);
    }

    /** A touch's erased note may be quoted in the contact's reminders and the owner's digests: their text goes. */
    void forgetTouchText(String owner, UUID contactId) {
        mails.updateMany(or(digestsOf(owner), remindersAbout(owner, contactId)), TEXT_GOES);
    }

    private static Bson remindersAbout(String owner, UUID contactId) {
        return and(eq("owner", owner), eq("kind", MailKind.REMINDER.name()), eq("request.contactId", contactId.toString()));
    }

    private static Bson digestsOf(String owner) {
        return and(eq("owner", owner), eq("kind", MailKind.DIGEST.name()));
    }

    void forgetAccount(String owner) {
        mails.deleteMany(eq("owner", owner));
    }

    void sent(String mailId, Instant at) {
        finish(mailId, MailStatus.SENT, combine(set("sentAt", BsonTime.date(at)), set("lastError", null)));
    }

    void kept(String mailId, String reason, boolean forLackOfAddress) {
        finish(mailId, MailStatus.KEPT, combine(set("keptBecause", reason), set("waitsForAddress", forLackOfAddress)));
    }

    /** Marks the owner's mails kept for lack of an address as covered by one catch-up digest; answers how many. */
    long coveredByCatchUp(String owner) {
        return mails.updateMany(and(eq("owner", owner), eq("status", MailStatus.KEPT.name()), eq("waitsForAddress", true)),
                combine(set("waitsForAddress", false),
                        set("keptBecause", "Kept while no address was set; what was still current went out in one catch-up digest."))
        ).getModifiedCount();
    }

    void failed(String mailId, int attempts, String error, Instant at, Instant retryAt) {
        Bson outcome = combine(set("attempts", attempts), set("lastError", error), set("lastErrorAt", BsonTime.date(at)),
                set("nextAttemptAt", BsonTime.date(retryAt)));
        finish(mailId, retryAt == null ? MailStatus.FAILED : MailStatus.PENDING, outcome);
    }

    private void finish(String mailId, MailStatus status, Bson outcome) {
        mails.updateOne(eq("_id", mailId), combine(set("status", status.name()), set("claimedUntil", null), set("claimedBy", null), outcome));
    }

    List<Document> newest(String owner, int limit) {
        return mails.find(eq("owner", owner)).sort(Sorts.descending("queuedAt")).limit(limit).into(new ArrayList<>());
    }

    /** How many of every account's mails have this status; {@code retried}: only those that failed at least once. */
    long count(MailStatus status, boolean retried) {
        Bson withStatus = retried ? and(eq("status", status.name()), gt("attempts", 0)) : eq("status", status.name());
        return CountByQuery.count(database, mails, withStatus);
    }

    List<Document> all(String owner) {
        return mails.find(eq("owner", owner)).into(new ArrayList<>());
    }

    static OutboxMail view(Document doc) {
        return new OutboxMail(UUID.fromString(doc.getString("_id")), MailKind.valueOf(doc.getString("kind")),
                doc.getString("subject"), doc.getString("recipient"), MailStatus.valueOf(doc.getString("status")),
                BsonTime.instant(doc.getDate("queuedAt")), BsonTime.instant(doc.getDate("sentAt")),
                doc.getInteger("attempts", 0),
                doc.getString("lastError") != null ? doc.getString("lastError") : doc.getString("keptBecause"),
                doc.getString("text"));
    }
}
