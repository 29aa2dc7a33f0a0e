package app.touchbase.mail.outbox;

import app.touchbase.platform.mongo.BsonTime;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.ne;

/**
 * The running dispatchers, each with a heartbeat. A dispatcher whose heartbeat has stopped for {@link #DEAD_AFTER}
 * died (a kill, a crash, a lost machine): its claims on mails are void, so a restarted or another instance sends them
 * within seconds instead of waiting for the claim to run out.
 */
@Component
class MailSenders {

    static final String COLLECTION = "mail_senders";
    static final Duration HEARTBEAT = Duration.ofSeconds(5);
    static final Duration DEAD_AFTER = Duration.ofSeconds(15);

    private final MongoCollection<Document> senders;
    private final String me = UUID.randomUUID().toString();

    MailSenders(MongoDatabase touchbaseDatabase) {
        this.senders = touchbaseDatabase.getCollection(COLLECTION);
    }

    String me() {
        return me;
    }

    void beat(Instant now) {
        senders.replaceOne(eq("_id", me), new Document("_id", me).append("heartbeatAt", BsonTime.date(now)),
                new ReplaceOptions().upsert(true));
        // long gone senders: their claims have run out anyway
        senders.deleteMany(lt("heartbeatAt", BsonTime.date(now.minus(MailDispatcher.CLAIM))));
    }

    List<String> dead(Instant now) {
        return senders.find(and(ne("_id", me), lt("heartbeatAt", BsonTime.date(now.minus(DEAD_AFTER)))))
                .map(doc -> doc.getString("_id")).into(new ArrayList<>());
    }

    void leave() {
        senders.deleteOne(eq("_id", me));
    }
}
