package app.touchbase.account.read;

import app.touchbase.shared.OwnerZones;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

import static com.mongodb.client.model.Filters.eq;

/**
 * Reads the owner's zone from the accounts read model by its id. Every command that checks a date asks, so a zone read
 * is kept for a minute; the read model's own changes of a zone drop it as soon as they are stored (a change folded by
 * another instance is honoured here within the minute). An account not known (yet) is read again at every ask.
 */
@Component
class AccountZones implements OwnerZones {

    static final Duration KEPT = Duration.ofMinutes(1);
    static final int KEPT_AT_MOST = 10_000;

    private final MongoCollection<AccountRow> accounts;
    private final Cache<String, ZoneId> kept = Caffeine.newBuilder().expireAfterWrite(KEPT).maximumSize(KEPT_AT_MOST).build();

    AccountZones(MongoDatabase touchbaseDatabase) {
        this.accounts = touchbaseDatabase.getCollection(AccountDirectoryProjection.COLLECTION, AccountRow.class);
    }

    @Override
    public ZoneId zoneOf(String owner) {
        ZoneId zone = kept.get(owner, this::stored);
        return zone == null ? ZoneOffset.UTC : zone;
    }

    private ZoneId stored(String owner) {
        return Optional.ofNullable(accounts.find(eq("_id", owner)).first()).map(AccountRow::zoneId).orElse(null);
    }

    /**
     * Forgets the owner's zone once the change being folded is stored. A read still under way finishes first and is
     * dropped with it (the cache loads and removes each owner's entry atomically), so no old zone is put back.
     */
    void changing(String owner) {
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().afterCommit(unitOfWork -> kept.invalidate(owner));
        } else {
            kept.invalidate(owner);
        }
    }
}
