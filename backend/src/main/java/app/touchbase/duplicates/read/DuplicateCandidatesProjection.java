package app.touchbase.duplicates.read;

import app.touchbase.contact.api.ContactAdded;
import app.touchbase.contact.api.ContactArchived;
import app.touchbase.contact.api.ContactDetailsChanged;
import app.touchbase.contact.api.ContactErased;
import app.touchbase.contact.api.ContactMergedInto;
import app.touchbase.contact.api.ContactRestored;
import app.touchbase.contact.api.ContactUnmerged;
import app.touchbase.contact.api.FactCorrected;
import app.touchbase.contact.api.FactRecorded;
import app.touchbase.contact.api.FactRemoved;
import app.touchbase.contact.api.NotDuplicateMarked;
import app.touchbase.platform.axon.ReadModels;
import app.touchbase.shared.api.ContactEvent;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.util.function.UnaryOperator;

import static com.mongodb.client.model.Filters.eq;

/** One document per contact with what the duplicate finder compares, and the merges standing. */
@Component
@ProcessingGroup(ReadModels.PROCESSING_GROUP)
public class DuplicateCandidatesProjection {

    static final String COLLECTION = "duplicate_candidates";

    private final MongoCollection<CandidateRow> candidates;

    public DuplicateCandidatesProjection(MongoDatabase touchbaseDatabase) {
        this.candidates = touchbaseDatabase.getCollection(COLLECTION, CandidateRow.class);
        candidates.createIndex(Indexes.ascending("owner", "archived", "_id"));
    }

    @EventHandler
    void on(ContactAdded event) {
        if (candidates.find(eq("_id", event.contactId())).first() == null) {
            store(CandidateRow.added(event.contactId(), event.owner(), event.details(), event.addedAt()));
        }
    }

    @EventHandler
    void on(ContactDetailsChanged event) {
        change(event, row -> row.withDetails(event.details()));
    }

    @EventHandler
    void on(FactRecorded event) {
        change(event, row -> row.withLinkedIn(event.factId(), MatchKeys.linkedIn(event.text()).orElse(null)));
    }

    @EventHandler
    void on(FactCorrected event) {
        change(event, row -> row.withLinkedIn(event.factId(), MatchKeys.linkedIn(event.text()).orElse(null)));
    }

    @EventHandler
    void on(FactRemoved event) {
        change(event, row -> row.withLinkedIn(event.factId(), null));
    }

    @EventHandler
    void on(ContactArchived event) {
        change(event, row -> row.withArchived(true));
    }

    @EventHandler
    void on(ContactRestored event) {
        change(event, row -> row.withArchived(false));
    }

    @EventHandler
    void on(ContactMergedInto event) {
        change(event, row -> row.mergedInto(event.keptContactId(), event.mergedAt()));
    }

    @EventHandler
    void on(ContactUnmerged event) {
        change(event, row -> row.mergedInto(null, null));
    }

    @EventHandler
    void on(NotDuplicateMarked event) {
        change(event, row -> row.notDuplicateOf(event.otherContactId()));
    }

    /** The person's details go; a contact merged into the erased one shows it merged into a contact no longer there. */
    @EventHandler
    void on(ContactErased event) {
        candidates.deleteOne(eq("_id", event.contactId()));
    }

    private void change(ContactEvent event, UnaryOperator<CandidateRow> change) {
        CandidateRow row = candidates.find(eq("_id", event.contactId())).first();
        if (row != null) {
            CandidateRow next = change.apply(row);
            if (!next.equals(row)) {
                store(next);
            }
        }
    }

    private void store(CandidateRow row) {
        candidates.replaceOne(eq("_id", row.contactId()), row, new ReplaceOptions().upsert(true));
    }

    @ResetHandler
    void reset() {
        candidates.deleteMany(new Document());
    }
}
