package app.touchbase.platform.storage;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.bson.Document;

import java.nio.file.Path;

/** Run in a child JVM by {@link CrashSafetyTest}: writes numbered documents and says "acked N" after each, until killed. */
public final class CrashingWriter {

    public static void main(String[] args) {
        MongoEndpoint endpoint = MongoEndpoint.embeddedFile(Path.of(args[0]));
        MongoClient client = MongoClients.create(MongoConfiguration.clientSettings(endpoint.connectionString()));
        MongoCollection<Document> writes = client.getDatabase("crash").getCollection("writes");
        for (int i = 0; ; i++) {
            writes.insertOne(new Document("_id", i).append("payload", "x".repeat(200)));
            System.out.println("acked " + i);
            System.out.flush();
        }
    }
}
