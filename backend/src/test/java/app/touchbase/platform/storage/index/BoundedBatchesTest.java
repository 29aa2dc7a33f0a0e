package app.touchbase.platform.storage.index;

import app.touchbase.platform.mongo.CountByQuery;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** A read larger than the one reply the driver accepts (48 MB) comes in batches, in order, every document once. */
class BoundedBatchesTest {

    static final int DOCUMENTS = 14_000;
    /** About 56 MB in all. */
    static final String TEXT = "x".repeat(4_000);

    @ParameterizedTest
    @EnumSource(IndexedBackends.class)
    void aReadOverFortyEightMegabytesComesWholeAndInOrder(IndexedBackends backend) {
        try (IndexedBackends.Running running = backend.start()) {
            MongoDatabase database = running.client().getDatabase("touchbase");
            MongoCollection<Document> touches = database.getCollection("touches");
            touches.createIndex(new Document("owner", 1).append("day", 1));
            for (int from = 0; from < DOCUMENTS; from += 1_000) {
                touches.insertMany(IntStream.range(from, from + 1_000)
                        .mapToObj(i -> new Document("_id", i).append("owner", "me").append("day", i).append("text", TEXT)).toList());
            }

            assertThat(ids(touches.find())).containsExactlyElementsOf(IntStream.range(0, DOCUMENTS).boxed().toList());
            assertThat(ids(touches.find(Filters.and(Filters.eq("owner", "me"), Filters.gte("day", 10)))
                    .sort(Sorts.descending("day"))))
                    .containsExactlyElementsOf(IntStream.range(10, DOCUMENTS).map(i -> DOCUMENTS + 9 - i).boxed().toList());
            assertThat(touches.find().projection(Projections.include("_id")).into(new ArrayList<>())).hasSize(DOCUMENTS);
            assertThat(CountByQuery.count(database, touches, Filters.eq("owner", "me"))).as("the server's own read is whole")
                    .isEqualTo(DOCUMENTS);
            assertThat(touches.countDocuments()).as("an aggregation reads every document").isEqualTo(DOCUMENTS);
            assertThat(touches.findOneAndUpdate(Filters.eq("_id", DOCUMENTS - 1), Updates.set("day", -1))).isNotNull();
            assertThat(touches.find(Filters.eq("_id", DOCUMENTS - 1)).first().getInteger("day")).isEqualTo(-1);
            assertThat(touches.deleteMany(Filters.eq("owner", "me")).getDeletedCount()).isEqualTo(DOCUMENTS);
            assertThat(touches.find().first()).as("a delete reads every document").isNull();
        }
    }

    @Test
    void aBatchHoldsAtLeastOneDocumentAndNeverMoreThanAskedFor() {
        List<de.bwaldvogel.mongo.bson.Document> large = IntStream.range(0, 3)
                .mapToObj(i -> new de.bwaldvogel.mongo.bson.Document("text", "y".repeat(BoundedBatches.MAX_BATCH_BYTES))).toList();
        List<de.bwaldvogel.mongo.bson.Document> small = IntStream.range(0, 10)
                .mapToObj(i -> new de.bwaldvogel.mongo.bson.Document("_id", i)).toList();

        assertThat(BoundedBatches.fitting(large, 0)).isOne();
        assertThat(BoundedBatches.fitting(small, 0)).isEqualTo(10);
        assertThat(BoundedBatches.fitting(small, 4)).isEqualTo(4);
        assertThat(BoundedBatches.fitting(List.of(), 0)).isZero();
    }

    @Test
    void aDocumentsBoundIsNeverBelowItsEncodedSize() {
        for (int i = 0; i < 500; i++) {
            de.bwaldvogel.mongo.bson.Document document = new de.bwaldvogel.mongo.bson.Document("_id", i)
                    .append("nested", new de.bwaldvogel.mongo.bson.Document("ключ" + i, i % 3 == 0 ? null : "v" + i)
                            .append("flag", i % 2 == 0).append("items", IntStream.range(0, i % 13).boxed().toList()))
                    .append("text", "naïve 日本語 ".repeat(i % 7)).append("when", java.time.Instant.ofEpochMilli(i))
                    .append("id", java.util.UUID.randomUUID()).append("big", 1L << 40).append("ratio", i / 3.0)
                    .append("list", List.of(i, "x", List.of(true, false)));
            io.netty.buffer.ByteBuf buffer = io.netty.buffer.Unpooled.buffer();
            de.bwaldvogel.mongo.wire.bson.BsonEncoder.encodeDocument(document, buffer);
            assertThat(BoundedBatches.atMost(document)).as("%s", document).isGreaterThanOrEqualTo(buffer.writerIndex());
            buffer.release();
        }
    }

    private static List<Integer> ids(Iterable<Document> documents) {
        List<Integer> ids = new ArrayList<>();
        documents.forEach(document -> ids.add(document.getInteger("_id")));
        return ids;
    }
}
