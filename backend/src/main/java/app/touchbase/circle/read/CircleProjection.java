package app.touchbase.circle.read;

import app.touchbase.circle.CircleState;
import app.touchbase.circle.api.CircleEvent;
import app.touchbase.contact.api.ContactErased;
import app.touchbase.platform.axon.ReadModels;
import app.touchbase.platform.readmodel.ReadModelCollection;
import app.touchbase.shared.api.AccountDeleted;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

/** The owner's circles: one document per circle, folded with the circle's own {@link CircleState}; a deleted one is gone. */
@Component
@ProcessingGroup(ReadModels.PROCESSING_GROUP)
public class CircleProjection {

    static final String COLLECTION = "circles";

    private final ReadModelCollection<CircleRow> circles;

    public CircleProjection(MongoDatabase touchbaseDatabase) {
        this.circles = ReadModelCollection.of(touchbaseDatabase, COLLECTION, CircleRow.class);
        circles.stored().createIndex(Indexes.ascending("owner", "archived", "sortName", "_id"));
    }

    @EventHandler
    void on(CircleEvent event) {
        CircleState current = circles.findById(event.circleId())
                .map(CircleRow::state)
                .orElse(CircleState.NONE);
        CircleState next = current.after(event);
        if (next.deleted()) {
            circles.delete(event.circleId());
        } else if (!next.equals(current)) {
            circles.put(CircleRow.of(next));
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
