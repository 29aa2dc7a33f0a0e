package app.touchbase.platform.storage.index;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoCursor;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** A scan of the data file read batch by batch, while the collection is written to between the batches. */
class BatchedScanTest {

    @Test
    void eachDocumentComesOnceAndWritesAfterTheLastKeyReadAreSeen() {
        try (IndexedBackends.Running running = IndexedBackends.H2.start()) {
            MongoCollection<Document> events = running.client().getDatabase("touchbase").getCollection("events");
            events.insertMany(IntStream.range(0, 1_000).mapToObj(i -> new Document("_id", i).append("odd", i % 2 == 1)).toList());

            List<Integer> read = new ArrayList<>();
            try (MongoCursor<Document> cursor = events.find(Filters.eq("odd", true)).batchSize(50).iterator()) {
                for (int i = 0; i < 120; i++) {
                    read.add(cursor.next().getInteger("_id"));
                }
                events.insertMany(List.of(new Document("_id", 1_001).append("odd", true),
                        new Document("_id", 2_001).append("odd", true)));
                events.deleteOne(Filters.eq("_id", 999));
                events.updateMany(Filters.lt("_id", 200), Updates.set("touched", true));
                cursor.forEachRemaining(document -> read.add(document.getInteger("_id")));
            }

            Set<Integer> expected = new HashSet<>(IntStream.range(0, 999).filter(i -> i % 2 == 1).boxed().toList());
            expected.addAll(List.of(1_001, 2_001));
            assertThat(read).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
            assertThat(read).isSorted();
        }
    }

    @Test
    void skipLimitAndTheDefaultBatchAreHonoured() {
        try (IndexedBackends.Running running = IndexedBackends.H2.start()) {
            MongoCollection<Document> events = running.client().getDatabase("touchbase").getCollection("events");
            events.insertMany(IntStream.range(0, 500).mapToObj(i -> new Document("_id", i)).toList());

            assertThat(events.find().batchSize(7).skip(10).limit(30).map(d -> d.getInteger("_id")).into(new ArrayList<>()))
                    .containsExactlyElementsOf(IntStream.range(10, 40).boxed().toList());
            assertThat(events.find().batchSize(100).into(new ArrayList<>())).hasSize(500);
            assertThat(events.find().into(new ArrayList<>())).hasSize(500);
        }
    }
}
