package app.touchbase.platform.storage.index;

import com.mongodb.client.MongoClient;
import app.touchbase.platform.storage.MongoConfiguration;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import org.h2.mvstore.MVStore;

import java.util.function.Supplier;

/** The two embedded backends under test, each started behind a real server on a random port. */
enum IndexedBackends {
    MEMORY(IndexedMemoryBackend::new),
    H2(() -> new IndexedH2Backend(MVStore.open(null)));

    private final Supplier<MongoBackend> backend;

    IndexedBackends(Supplier<MongoBackend> backend) {
        this.backend = backend;
    }

    Running start() {
        MongoBackend started = backend.get();
        MongoServer server = new MongoServer(started);
        server.bind("127.0.0.1", 0);
        return new Running(server, MongoClients.create(MongoConfiguration.clientSettings(server.getConnectionString())),
                ((IndexedBackend) started).queriesAnsweredByScan());
    }

    record Running(MongoServer server, MongoClient client, QueriesAnsweredByScan scans) implements AutoCloseable {
        @Override
        public void close() {
            client.close();
            server.shutdownNow();
        }
    }
}
