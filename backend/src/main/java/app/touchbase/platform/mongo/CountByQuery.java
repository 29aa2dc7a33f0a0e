package app.touchbase.platform.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.BsonDocument;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Counts a collection's documents matching a filter with the {@code count} command. The driver's
 * {@code countDocuments} runs an aggregation, which the embedded server answers by reading every document of the
 * collection, every owner's; it answers {@code count} through the indexes, as a find.
 */
public final class CountByQuery {

    private CountByQuery() {
    }

    public static long count(MongoDatabase database, MongoCollection<?> collection, Bson filter) {
        BsonDocument query = filter.toBsonDocument(collection.getDocumentClass(), collection.getCodecRegistry());
        Document answer = database.runCommand(new Document("count", collection.getNamespace().getCollectionName())
                .append("query", query));
        return answer.get("n", Number.class).longValue();
    }
}
