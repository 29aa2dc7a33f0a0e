package app.touchbase.platform.mongo;

import app.touchbase.support.EmbeddedReadModels;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Indexes;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.or;
import static com.mongodb.client.model.Filters.regex;
import static org.assertj.core.api.Assertions.assertThat;

class CountByQueryTest {

    final EmbeddedReadModels mongo = new EmbeddedReadModels();

    @AfterEach
    void close() {
        mongo.close();
    }

    @Test
    void countsWhatTheFilterMatchesAsTheAggregationDoes() {
        MongoCollection<Document> people = mongo.database().getCollection("people");
        people.createIndex(Indexes.ascending("owner", "archived"));
        List<UUID> ids = IntStream.range(0, 30).mapToObj(i -> UUID.randomUUID()).toList();
        IntStream.range(0, 30).forEach(i -> people.insertOne(new Document("_id", ids.get(i)).append("owner", i % 3 == 0 ? "me" : "other")
                .append("archived", i % 2 == 0).append("name", "person " + i)));

        List<Bson> filters = List.of(eq("owner", "me"), and(eq("owner", "me"), eq("archived", false)),
                and(eq("owner", "other"), or(regex("name", "1"), in("_id", ids.subList(0, 5)))), eq("owner", "nobody"));
        for (Bson filter : filters) {
            assertThat(CountByQuery.count(mongo.database(), people, filter)).as(filter.toString())
                    .isEqualTo(people.countDocuments(filter));
        }
        assertThat(CountByQuery.count(mongo.database(), people, and(eq("owner", "me"), eq("archived", false)))).isEqualTo(5);
    }
}
