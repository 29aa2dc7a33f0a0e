package app.touchbase.contact.read;

import app.touchbase.shared.ContactOwners;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Projections;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.ne;

@Component
class DirectoryContactOwners implements ContactOwners {

    private final MongoCollection<Document> contacts;

    DirectoryContactOwners(MongoDatabase touchbaseDatabase) {
        this.contacts = touchbaseDatabase.getCollection(ContactDirectoryProjection.COLLECTION);
    }

    @Override
    public Set<UUID> ownedByOthers(String owner, Collection<UUID> contactIds) {
        Set<UUID> others = new HashSet<>();
        contacts.find(and(in("_id", contactIds), ne("owner", owner))).projection(Projections.include("_id"))
                .forEach(row -> others.add(row.get("_id", UUID.class)));
        return others;
    }
}
