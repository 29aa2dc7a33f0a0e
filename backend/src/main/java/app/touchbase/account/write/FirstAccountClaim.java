package app.touchbase.account.write;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.EventEntryConfiguration;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Date;

import static com.mongodb.client.model.Filters.eq;

/**
 * While registration is closed, only the first account may be opened. Whether one exists is read from the event store,
 * never from a read model (which is empty during a rebuild); two registrations racing for the first place are decided
 * by the unique key of one claim document, which no rebuild touches.
 */
@Component
class FirstAccountClaim {

    static final String COLLECTION = "account_claims";
    private static final String FIRST = "first-account";
    private static final String ACCOUNT_AGGREGATE = Account.class.getSimpleName();

    private final MongoCollection<Document> claims;
    private final MongoCollection<Document> events;

    FirstAccountClaim(MongoDatabase touchbaseDatabase, MongoTemplate axonMongoTemplate) {
        this.claims = touchbaseDatabase.getCollection(COLLECTION);
        this.events = axonMongoTemplate.eventCollection();
    }

    /** True when {@code accountId} may be the first account: no account exists and no other registration claimed it. */
    boolean claim(String accountId, Instant at) {
        if (events.find(eq(EventEntryConfiguration.getDefault().typeProperty(), ACCOUNT_AGGREGATE)).first() != null) {
            return false;
        }
        try {
            claims.insertOne(new Document("_id", FIRST).append("accountId", accountId).append("claimedAt", Date.from(at)));
            return true;
        } catch (MongoWriteException taken) {
            if (taken.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw taken;
            }
            // the same user name may try again when its first attempt stopped before the account was stored
            Document claim = claims.find(eq("_id", FIRST)).first();
            return claim != null && accountId.equals(claim.getString("accountId"));
        }
    }

    /** Gives the place back when opening the claimed account failed. */
    void release(String accountId) {
        claims.deleteOne(new Document("_id", FIRST).append("accountId", accountId));
    }
}
