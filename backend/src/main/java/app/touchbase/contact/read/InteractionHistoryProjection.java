package app.touchbase.contact.read;

import app.touchbase.contact.api.ContactErased;
import app.touchbase.contact.api.ContactMergedInto;
import app.touchbase.contact.api.ContactUnmerged;
import app.touchbase.interaction.api.InteractionCorrected;
import app.touchbase.interaction.api.InteractionLogged;
import app.touchbase.interaction.api.InteractionRemoved;
import app.touchbase.interaction.api.ReplyAwaited;
import app.touchbase.interaction.api.ReplyReceived;
import app.touchbase.interaction.api.TouchTextErased;
import app.touchbase.platform.axon.ReadModels;
import app.touchbase.platform.readmodel.ReadModelCollection;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.UUID;

import static com.mongodb.client.model.Filters.eq;

/**
 * Every live interaction of every contact, as it stands after corrections; and which contacts are merged into another,
 * whose touches the kept contact now holds as copies, so counts of touches leave the originals out; and what each
 * contact's touches gave and asked, month by month ({@link GiveAndAskTallies}).
 */
@Component
@ProcessingGroup(ReadModels.PROCESSING_GROUP)
public class InteractionHistoryProjection {

    static final String COLLECTION = "contact_interactions";
    static final String MERGED_AWAY = "contact_merged_away";

    private final ReadModelCollection<InteractionRow> interactions;
    private final ReadModelCollection<Document> mergedAway;
    private final GiveAndAskTallies tallies;

    public InteractionHistoryProjection(MongoDatabase touchbaseDatabase) {
        this.interactions = ReadModelCollection.of(touchbaseDatabase, COLLECTION, InteractionRow.class);
        this.mergedAway = ReadModelCollection.of(touchbaseDatabase, MERGED_AWAY);
        this.tallies = new GiveAndAskTallies(touchbaseDatabase);
        mergedAway.stored().createIndex(Indexes.ascending("owner"));
        interactions.stored().createIndex(Indexes.ascending("contactId", "owner"));
        interactions.stored().createIndex(Indexes.ascending("owner", "occurredOn"));
        interactions.stored().createIndex(Indexes.ascending("owner", "awaitingReply"));
        // the people whose notes say a word are read from this index's keys alone (contactId last)
        interactions.stored().createIndex(Indexes.ascending("owner", "noteWords", "contactId"));
        dropIfPresent(interactions.stored(), "owner_1_noteWords_1");
    }

    /** An index an earlier release made, which a newer one has replaced: kept, it would only cost each write. */
    private static void dropIfPresent(MongoCollection<?> collection, String indexName) {
        boolean present = collection.listIndexes().map(index -> index.getString("name")).into(new ArrayList<>()).contains(indexName);
        if (present) {
            collection.dropIndex(indexName);
        }
    }

    @EventHandler
    void on(InteractionLogged event) {
        InteractionRow logged = InteractionRow.of(event);
        interactions.put(logged);
        tallies.count(logged);
    }

    @EventHandler
    void on(InteractionCorrected event) {
        InteractionRow logged = interactions.findById(event.interactionId()).orElse(null);
        if (logged != null) {
            InteractionRow corrected = logged.correctedBy(event);
            interactions.replaceExisting(corrected);
            tallies.move(event.contactId(), event.owner(), event.interactionId(), corrected);
        }
    }

    @EventHandler
    void on(ReplyAwaited event) {
        markAwaiting(event.interactionId(), true);
    }

    @EventHandler
    void on(ReplyReceived event) {
        markAwaiting(event.interactionId(), false);
    }

    private void markAwaiting(UUID interactionId, boolean waiting) {
        InteractionRow logged = interactions.findById(interactionId).orElse(null);
        if (logged != null) {
            interactions.replaceExisting(logged.awaitingReply(waiting));
        }
    }

    @EventHandler
    void on(InteractionRemoved event) {
        tallies.move(event.contactId(), event.owner(), event.interactionId(), null);
        interactions.delete(event.interactionId());
    }

    @EventHandler
    void on(ContactMergedInto event) {
        mergedAway.put(new Document("_id", event.contactId()).append("owner", event.owner()));
    }

    @EventHandler
    void on(ContactUnmerged event) {
        mergedAway.delete(event.contactId());
    }

    @EventHandler
    void on(ContactErased event) {
        interactions.deleteMany(eq("contactId", event.contactId()));
        mergedAway.delete(event.contactId());
        tallies.forget(event.contactId());
    }

    @EventHandler
    void on(TouchTextErased event) {
        interactions.findById(event.interactionId()).ifPresent(logged -> interactions.replaceExisting(logged.withoutNotes()));
    }

    @ResetHandler
    void reset() {
        interactions.deleteMany(new Document());
        mergedAway.deleteMany(new Document());
        tallies.reset();
    }
}
