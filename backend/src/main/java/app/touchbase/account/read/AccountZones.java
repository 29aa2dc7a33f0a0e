package app.touchbase.account.read;

import app.touchbase.shared.OwnerZones;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Projections;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

import static com.mongodb.client.model.Filters.eq;

/** Reads the owner's zone from the accounts read model by its id. */
@Component
class AccountZones implements OwnerZones {

    private final MongoCollection<Document> accounts;

    AccountZones(MongoDatabase touchbaseDatabase) {
        this.accounts = touchbaseDatabase.getCollection(AccountDirectoryProjection.COLLECTION);
    }

    @Override
    public ZoneId zoneOf(String owner) {
        return Optional.ofNullable(accounts.find(eq("_id", owner)).projection(Projections.include("zone")).first())
                .map(account -> ZoneId.of(account.getString("zone")))
                .orElse(ZoneOffset.UTC);
    }
}
