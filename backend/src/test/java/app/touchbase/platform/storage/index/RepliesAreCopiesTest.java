package app.touchbase.platform.storage.index;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.AbstractMongoBackend;
import de.bwaldvogel.mongo.backend.ArrayFilters;
import de.bwaldvogel.mongo.backend.QueryParameters;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.NoopOplog;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client's find gets copies of the stored documents: the server encodes a reply after it lets the collection go, and
 * an update changes a stored document in place, so a mail's status changed while its row was sent broke the reply
 * ({@code ConcurrentModificationException} in the encoder).
 */
class RepliesAreCopiesTest {

    enum Backend {
        MEMORY(IndexedMemoryBackend::new),
        H2(() -> new IndexedH2Backend(MVStore.open(null)));

        final Supplier<MongoBackend> start;

        Backend(Supplier<MongoBackend> start) {
            this.start = start;
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void anUpdateAfterAReadLeavesTheReplyAsRead(Backend kind) {
        MongoBackend backend = kind.start.get();
        try {
            MongoCollection<?> mails = ((AbstractMongoBackend) backend).resolveDatabase("touchbase")
                    .createCollectionOrThrowIfExists("mails");
            mails.insertDocuments(List.of(new Document("_id", "m1").append("status", "QUEUED")
                    .append("request", new Document("weekOf", "2026-11-23"))), true);

            Document replied = ClientFinds.during("find", new Document("find", "mails"), () ->
                    mails.handleQuery(new QueryParameters(new Document("_id", "m1"), 0, 0)).collectDocuments().get(0));
            mails.updateDocuments(new Document("_id", "m1"), new Document("$set", new Document("status", "KEPT")
                            .append("keptBecause", "No mail server is configured")), ArrayFilters.empty(), false, false,
                    NoopOplog.get());

            assertThat(replied).isEqualTo(new Document("_id", "m1").append("status", "QUEUED")
                    .append("request", new Document("weekOf", "2026-11-23")));
            assertThat(mails.handleQuery(new QueryParameters(new Document("_id", "m1"), 0, 0)).collectDocuments().get(0)
                    .get("status")).isEqualTo("KEPT");
        } finally {
            backend.close();
        }
    }
}
