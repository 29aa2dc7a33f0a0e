package app.touchbase.platform.storage;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A clean stop rewrites the data file with its live data only; every document, index and permission survives. */
class DataFileCompactionTest {

    static final StorageProperties.FileUpkeep NO_COMPACTION_AT_STOP =
            new StorageProperties.FileUpkeep(Duration.ofSeconds(2), Duration.ofSeconds(2), 80, false, null);

    @TempDir
    Path folder;

    @Test
    void repeatedStopsShrinkTheFileAndKeepEveryDocumentAndUniqueIndex() throws Exception {
        Path file = folder.resolve("touchbase.mv");
        Random random = new Random(7);
        List<Document> expected = new ArrayList<>();
        long sizeWithoutCompaction = 0;
        for (int round = 0; round < 4; round++) {
            StorageProperties.FileUpkeep upkeep = round == 0 ? NO_COMPACTION_AT_STOP : StorageProperties.FileUpkeep.DEFAULTS;
            try (MongoEndpoint endpoint = MongoEndpoint.embeddedFile(file, upkeep, new StorageFaults());
                 MongoClient client = MongoClients.create(endpoint.connectionString())) {
                MongoCollection<Document> events = client.getDatabase("touchbase").getCollection("events");
                if (round == 0) {
                    events.createIndex(Indexes.ascending("aggregate", "sequence"), new IndexOptions().unique(true));
                }
                assertThat(events.find().sort(Sorts.ascending("_id")).into(new ArrayList<>())).isEqualTo(expected);
                for (int i = 0; i < 300; i++) {
                    int id = round * 300 + i;
                    Document event = new Document("_id", id).append("aggregate", "a" + (id % 17)).append("sequence", id)
                            .append("payload", "x".repeat(200 + random.nextInt(400)));
                    events.insertOne(event);
                    expected.add(event);
                    events.updateOne(Filters.eq("_id", random.nextInt(id + 1)), Updates.set("touched", round));
                }
                expected.replaceAll(stored -> events.find(Filters.eq("_id", stored.get("_id"))).first());
                Document duplicate = new Document("_id", -1).append("aggregate", "a0").append("sequence", 0);
                assertThatThrownBy(() -> events.insertOne(duplicate)).hasMessageContaining("duplicate key");
            }
            if (round == 0) {
                sizeWithoutCompaction = Files.size(file);
            }
            assertThat(Files.exists(Path.of(file + ".tempFile"))).isFalse();
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        }
        assertThat(Files.size(file)).as("four rounds of data, compacted, against one round left as written")
                .isLessThan(sizeWithoutCompaction);
    }

    @Test
    void aCopyLeftByAnInterruptedStopIsDroppedAndTheDataFileIsRead() throws Exception {
        Path file = folder.resolve("touchbase.mv");
        try (MongoEndpoint endpoint = MongoEndpoint.embeddedFile(file);
             MongoClient client = MongoClients.create(endpoint.connectionString())) {
            client.getDatabase("touchbase").getCollection("contacts")
                    .insertMany(IntStream.range(0, 50).mapToObj(i -> new Document("_id", i)).toList());
        }
        Path unfinishedCopy = Path.of(file + ".tempFile");
        Files.write(unfinishedCopy, new byte[]{1, 2, 3});

        try (MongoEndpoint endpoint = MongoEndpoint.embeddedFile(file);
             MongoClient client = MongoClients.create(endpoint.connectionString())) {
            assertThat(Files.exists(unfinishedCopy)).isFalse();
            assertThat(client.getDatabase("touchbase").getCollection("contacts").countDocuments()).isEqualTo(50);
        }
    }
}
