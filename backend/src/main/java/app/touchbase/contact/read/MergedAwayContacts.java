package app.touchbase.contact.read;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static com.mongodb.client.model.Filters.eq;

/** The owner's contacts merged into another, whose touches the kept contact holds as copies: counts leave them out. */
final class MergedAwayContacts {

    private final MongoCollection<Document> mergedAway;

    MergedAwayContacts(MongoDatabase touchbaseDatabase) {
        this.mergedAway = touchbaseDatabase.getCollection(InteractionHistoryProjection.MERGED_AWAY);
    }

    List<UUID> of(String owner) {
        return mergedAway.find(eq("owner", owner)).map(contact -> contact.get("_id", UUID.class)).into(new ArrayList<>());
    }
}
