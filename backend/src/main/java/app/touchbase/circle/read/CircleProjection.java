package app.touchbase.circle.read;

import app.touchbase.circle.CircleState;
import app.touchbase.circle.api.CircleEvent;
import app.touchbase.contact.api.ContactErased;
import app.touchbase.platform.axon.ReadModels;
import app.touchbase.shared.api.AccountDeleted;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Updates;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.util.Optional;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

/** The owner's circles: one document per circle, folded with the circle's own {@link CircleState}; a deleted one is gone. */
@Component
@ProcessingGroup(ReadModels.PROCESSING_GROUP)
public class CircleProjection {

    static final String COLLECTION = "circles";

    private final MongoCollection<CircleRow> circles;

    public CircleProjection(MongoDatabase touchbaseDatabase) {
        this.circles = touchbaseDatabase.getCollection(COLLECTION, CircleRow.class);
        circles.createIndex(Indexes.ascending("owner", "archived", "sortName", "_id"));
    }

    @EventHandler
    void on(CircleEvent event) {
        CircleState current = Optional.ofNullable(circles.find(eq("_id", event.circleId())).first())
                .map(CircleRow::state)
                .orElse(CircleState.NONE);
        CircleState next = current.after(event);
        if (next.deleted()) {
            circles.deleteOne(eq("_id", event.circleId()));
        } else if (!next.equals(current)) {
            circles.replaceOne(eq("_id", event.circleId()), CircleRow.of(next), new ReplaceOptions().upsert(true));
        }
    }

    @EventHandler
    void on(ContactErased event) {
        circles.updateMany(and(eq("owner", event.owner()), eq("members", event.contactId())), Updates.pull("members", event.contactId()));
    }

    @EventHandler
    void on(AccountDeleted event) {
        circles.deleteMany(eq("owner", event.accountId()));
    }

    @ResetHandler
    void reset() {
        circles.deleteMany(new Document());
    }
}
