package app.touchbase.account.read;

import app.touchbase.shared.OwnerZones;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.springframework.stereotype.Component;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

import static com.mongodb.client.model.Filters.eq;

/** Reads the owner's zone from the accounts read model by its id. */
@Component
class AccountZones implements OwnerZones {

    private final MongoCollection<AccountRow> accounts;

    AccountZones(MongoDatabase touchbaseDatabase) {
        this.accounts = touchbaseDatabase.getCollection(AccountDirectoryProjection.COLLECTION, AccountRow.class);
    }

    @Override
    public ZoneId zoneOf(String owner) {
        return Optional.ofNullable(accounts.find(eq("_id", owner)).first())
                .map(AccountRow::zoneId)
                .orElse(ZoneOffset.UTC);
    }
}
