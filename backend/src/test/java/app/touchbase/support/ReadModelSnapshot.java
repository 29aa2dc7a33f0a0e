package app.touchbase.support;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** Every non-empty collection except the event store, tokens, sagas, scheduler, outbox, mail senders, secrets and rebuild marker: the read models. */
public final class ReadModelSnapshot {

    private static final Set<String> NOT_READ_MODELS = Set.of("domainevents", "snapshotevents", "trackingtokens", "sagas",
            "read_model_rebuild", "mail_outbox", "mail_senders", "secrets");

    private ReadModelSnapshot() {
    }

    public static Map<String, List<Document>> of(MongoDatabase database) {
        Map<String, List<Document>> snapshot = new TreeMap<>();
        for (String name : database.listCollectionNames()) {
            if (!NOT_READ_MODELS.contains(name) && !name.startsWith("jobrunr")) {
                List<Document> documents = database.getCollection(name).find().sort(new Document("_id", 1)).into(new ArrayList<>());
                if (!documents.isEmpty()) {
                    snapshot.put(name, documents);
                }
            }
        }
        return snapshot;
    }

    /** Document by document, so a failure names the collection and the document that differs. */
    public static void assertSame(Map<String, List<Document>> actual, Map<String, List<Document>> expected, String when) {
        assertThat(actual.keySet()).as("read-model collections %s", when).isEqualTo(expected.keySet());
        for (String collection : expected.keySet()) {
            List<Document> expectedDocuments = expected.get(collection);
            List<Document> actualDocuments = actual.get(collection);
            assertThat(actualDocuments).as("%s %s", collection, when).hasSameSizeAs(expectedDocuments);
            for (int i = 0; i < expectedDocuments.size(); i++) {
                assertThat(actualDocuments.get(i)).as("%s document %s %s", collection, expectedDocuments.get(i).get("_id"), when)
                        .isEqualTo(expectedDocuments.get(i));
            }
        }
    }
}
