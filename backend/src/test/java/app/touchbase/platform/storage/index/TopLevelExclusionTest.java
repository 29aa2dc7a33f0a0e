package app.touchbase.platform.storage.index;

import app.touchbase.platform.storage.MongoConfiguration;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** A projection that leaves top-level fields out gives what the server's own gives, and leaves the stored documents whole. */
class TopLevelExclusionTest {

    static final List<Bson> PROJECTIONS = List.of(Projections.exclude("a"), Projections.exclude("n", "s"),
            Projections.exclude("_id", "b"), new Document("c", false).append("u", 0), Projections.exclude("n.x"),
            Projections.include("a", "n.x"), Projections.exclude("missing"));

    @ParameterizedTest
    @EnumSource(IndexedBackends.class)
    void leftOutFieldsAreLeftOutAsTheServerDoes(IndexedBackends backend) {
        MongoServer plain = new MongoServer(new MemoryBackend());
        try (IndexedBackends.Running running = backend.start();
             MongoClient plainClient = MongoClients.create(MongoConfiguration.clientSettings(plain.bindAndGetConnectionString()))) {
            MongoCollection<Document> ours = running.client().getDatabase("touchbase").getCollection("rows");
            MongoCollection<Document> theirs = plainClient.getDatabase("touchbase").getCollection("rows");
            ours.createIndex(new Document("u", 1).append("v", 1));
            RandomDocuments random = new RandomDocuments(7);
            List<Document> documents = IntStream.range(0, 300).mapToObj(i -> random.document()).toList();
            ours.insertMany(documents.stream().map(Document::new).toList());
            theirs.insertMany(documents.stream().map(Document::new).toList());

            for (Bson projection : PROJECTIONS) {
                for (Bson filter : List.of(new Document(), Filters.eq("u", "u1"), Filters.and(Filters.eq("u", "u2"), Filters.gte("v", 100)))) {
                    assertThat(ours.find(filter).projection(projection).sort(Sorts.descending("v")).skip(3).limit(80).into(new ArrayList<>()))
                            .as("%s where %s", projection, filter)
                            .containsExactlyElementsOf(theirs.find(filter).projection(projection).sort(Sorts.descending("v")).skip(3)
                                    .limit(80).into(new ArrayList<>()));
                    // the data file keeps its documents in the order of their ids, the memory in the order they came
                    assertThat(ours.find(filter).projection(projection).into(new ArrayList<>()))
                            .containsExactlyInAnyOrderElementsOf(theirs.find(filter).projection(projection).into(new ArrayList<>()));
                }
            }
            assertThat(ours.find().sort(Sorts.ascending("v")).into(new ArrayList<>())).as("the stored documents stay whole")
                    .containsExactlyElementsOf(theirs.find().sort(Sorts.ascending("v")).into(new ArrayList<>()));
        } finally {
            plain.shutdownNow();
        }
    }

    @Test
    void onlyAProjectionThatLeavesTopLevelFieldsOutIsTakenOver() {
        assertThat(TopLevelExclusion.of(new de.bwaldvogel.mongo.bson.Document("touches", 0))).contains(Set.of("touches"));
        assertThat(TopLevelExclusion.of(new de.bwaldvogel.mongo.bson.Document("a", false).append("b", 0.0))).contains(Set.of("a", "b"));
        assertThat(TopLevelExclusion.of(new de.bwaldvogel.mongo.bson.Document("a.b", 0))).isEmpty();
        assertThat(TopLevelExclusion.of(new de.bwaldvogel.mongo.bson.Document("a", 0).append("b", 1))).isEmpty();
        assertThat(TopLevelExclusion.of(new de.bwaldvogel.mongo.bson.Document("a", new de.bwaldvogel.mongo.bson.Document("$slice", 1))))
                .isEmpty();
        assertThat(TopLevelExclusion.of(new de.bwaldvogel.mongo.bson.Document())).isEmpty();
        assertThat(TopLevelExclusion.of(null)).isEmpty();
    }
}
