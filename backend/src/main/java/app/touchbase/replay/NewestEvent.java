package app.touchbase.replay;

import org.axonframework.extensions.mongo.MongoTemplate;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.util.Optional;

import static com.mongodb.client.model.Projections.include;
import static com.mongodb.client.model.Sorts.descending;

/** The identifier of the newest stored event, in the order tracking processors read the stream. */
@Component
class NewestEvent {

    private final MongoTemplate axonMongoTemplate;

    NewestEvent(MongoTemplate axonMongoTemplate) {
        this.axonMongoTemplate = axonMongoTemplate;
    }

    Optional<String> identifier() {
        Document newest = axonMongoTemplate.eventCollection().find()
                .sort(descending("timestamp", "sequenceNumber"))
                .projection(include("eventIdentifier"))
                .first();
        return Optional.ofNullable(newest).map(doc -> doc.getString("eventIdentifier"));
    }
}
