package app.touchbase.support;

import app.touchbase.platform.storage.MongoConfiguration;
import app.touchbase.platform.storage.MongoEndpoint;
import app.touchbase.platform.storage.StorageMode;
import app.touchbase.platform.storage.StorageProperties;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.bson.BsonBinary;
import org.bson.BsonDocument;
import org.bson.BsonValue;

import java.time.Duration;
import java.util.UUID;

import static com.mongodb.client.model.Filters.eq;

/**
 * An in-memory MongoDB reached over the wire with the application's client settings, for projections fed events by
 * hand. Documents are read back raw, so a test sees exactly what is stored.
 */
public final class EmbeddedReadModels implements AutoCloseable {

    private final MongoEndpoint endpoint;
    private final MongoClient client;
    private final RequestsSent requestsSent = new RequestsSent();

    public EmbeddedReadModels() {
        endpoint = MongoEndpoint.start(new StorageProperties(StorageMode.EMBEDDED_MEMORY, null, null, "t", Duration.ofSeconds(10), null));
        client = MongoClients.create(MongoClientSettings.builder(MongoConfiguration.clientSettings(endpoint.connectionString()))
                .addCommandListener(requestsSent)
                .build());
    }

    /** How many requests of this kind (insert, update, delete…) were sent for the collection so far. */
    public int requests(String command, String collection) {
        return requestsSent.count(command, collection);
    }

    public MongoDatabase database() {
        return client.getDatabase("t");
    }

    public BsonDocument stored(String collection, Object id) {
        return database().getCollection(collection, BsonDocument.class).find(eq("_id", id)).first();
    }

    public static BsonValue uuid(UUID id) {
        return new BsonBinary(id);
    }

    @Override
    public void close() {
        client.close();
        endpoint.close();
    }
}
