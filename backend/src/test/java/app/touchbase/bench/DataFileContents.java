package app.touchbase.bench;

import app.touchbase.platform.storage.MongoConfiguration;
import app.touchbase.platform.storage.MongoEndpoint;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.bson.RawBsonDocument;

import java.nio.file.Path;

/** Which collections hold the live data of an H2 data file: documents and BSON bytes per collection. */
public final class DataFileContents {

    public static void main(String[] args) {
        try (MongoEndpoint endpoint = MongoEndpoint.embeddedFile(Path.of(args[0]));
             MongoClient client = MongoClients.create(MongoConfiguration.clientSettings(endpoint.connectionString()))) {
            MongoDatabase database = client.getDatabase(args.length > 1 ? args[1] : "touchbase");
            for (String name : database.listCollectionNames()) {
                long count = 0;
                long bytes = 0;
                for (RawBsonDocument document : database.getCollection(name, RawBsonDocument.class).find()) {
                    count++;
                    bytes += document.getByteBuffer().remaining();
                }
                System.out.printf("%-40s %8d docs %10.2f MB%n", name, count, bytes / 1e6);
            }
        }
        System.exit(0);
    }
}
