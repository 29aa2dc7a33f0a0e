package app.touchbase.platform.storage.index;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Indexes;
import org.bson.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.List;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.or;
import static com.mongodb.client.model.Sorts.ascending;
import static org.assertj.core.api.Assertions.assertThat;

class QueriesAnsweredByScanShapesTest {

    @ParameterizedTest
    @EnumSource(IndexedBackends.class)
    void aQueryNoIndexNarrowsIsKeptByItsShapeWithoutItsValues(IndexedBackends backend) {
        try (IndexedBackends.Running running = backend.start()) {
            MongoCollection<Document> contacts = running.client().getDatabase("touchbase").getCollection("contacts");
            contacts.createIndex(Indexes.ascending("owner", "name"));
            contacts.insertMany(List.of(
                    new Document("_id", 1).append("owner", "ada").append("name", "Grace Hopper").append("city", "Arlington"),
                    new Document("_id", 2).append("owner", "ada").append("name", "Alan Kay").append("tags", List.of("mentor"))));
            running.scans().clear();

            contacts.find(and(eq("owner", "ada"), gte("name", "G"))).into(new ArrayList<>());
            contacts.find(eq("_id", 2)).into(new ArrayList<>());
            contacts.find(and(eq("city", "Arlington"), in("tags", "mentor", "peer"))).sort(ascending("name")).into(new ArrayList<>());
            contacts.find(or(eq("city", "Arlington"),
                    new Document("tags", new Document("$elemMatch", new Document("$eq", "mentor"))))).into(new ArrayList<>());
            contacts.deleteMany(eq("city", "Boston"));

            assertThat(running.scans().shapes()).containsExactly(
                    "contacts {$and: [{city: ?}, {tags: {$in: ?}}]} sorted by name",
                    "contacts {$or: [{city: ?}, {tags: {$elemMatch: {$eq: ?}}}]}",
                    "contacts {city: ?}");
        }
    }
}
