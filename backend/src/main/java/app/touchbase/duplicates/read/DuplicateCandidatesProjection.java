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
import app.touchbase.platform.readmodel.ReadModelCollection;
import app.touchbase.shared.api.ContactEvent;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.eventhandling.ResetHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.util.function.UnaryOperator;

/**
 * One document per contact with what the duplicate finder compares, and the merges standing; and per owner, which
 * event changed them last, so the pairs found can be kept until something they were found from changes.
 */
@Component
@ProcessingGroup(ReadModels.PROCESSING_GROUP)
public class DuplicateCandidatesProjection {

    static final String COLLECTION = "duplicate_candidates";
    /** One document per owner: the id of the latest event that changed the owner's candidates. */
    static final String STAMPS = "duplicate_candidate_stamps";
    static final String STAMP = "changedBy";

    private final ReadModelCollection<CandidateRow> candidates;
    private final ReadModelCollection<Document> stamps;

    public DuplicateCandidatesProjection(MongoDatabase touchbaseDatabase) {
        this.candidates = ReadModelCollection.of(touchbaseDatabase, COLLECTION, CandidateRow.class);
        this.stamps = ReadModelCollection.of(touchbaseDatabase, STAMPS);
        candidates.stored().createIndex(Indexes.ascending("owner", "archived", "_id"));
    }

    @EventHandler
    void on(ContactAdded event, @MessageIdentifier String eventId) {
        if (candidates.findById(event.contactId()).isEmpty()) {
            store(CandidateRow.added(event.contactId(), event.owner(), event.details(), event.addedAt()));
        }
        stamp(event.owner(), eventId);
    }

    @EventHandler
    void on(ContactDetailsChanged event, @MessageIdentifier String eventId) {
        change(event, eventId, row -> row.withDetails(event.details()));
    }

    @EventHandler
    void on(FactRecorded event, @MessageIdentifier String eventId) {
        MatchKeys.linkedIn(event.text()).ifPresent(profile -> change(event, eventId, row -> row.withLinkedIn(event.factId(), profile)));
    }

    @EventHandler
    void on(FactCorrected event, @MessageIdentifier String eventId) {
        change(event, eventId, row -> row.withLinkedIn(event.factId(), MatchKeys.linkedIn(event.text()).orElse(null)));
    }

    @EventHandler
    void on(FactRemoved event, @MessageIdentifier String eventId) {
        change(event, eventId, row -> row.withLinkedIn(event.factId(), null));
    }

    @EventHandler
    void on(ContactArchived event, @MessageIdentifier String eventId) {
        change(event, eventId, row -> row.withArchived(true));
    }

    @EventHandler
    void on(ContactRestored event, @MessageIdentifier String eventId) {
        change(event, eventId, row -> row.withArchived(false));
    }

    @EventHandler
    void on(ContactMergedInto event, @MessageIdentifier String eventId) {
        change(event, eventId, row -> row.mergedInto(event.keptContactId(), event.mergedAt()));
    }

    @EventHandler
    void on(ContactUnmerged event, @MessageIdentifier String eventId) {
        change(event, eventId, row -> row.mergedInto(null, null));
    }

    @EventHandler
    void on(NotDuplicateMarked event, @MessageIdentifier String eventId) {
        change(event, eventId, row -> row.notDuplicateOf(event.otherContactId()));
    }

    /** The person's details go; a contact merged into the erased one shows it merged into a contact no longer there. */
    @EventHandler
    void on(ContactErased event, @MessageIdentifier String eventId) {
        candidates.delete(event.contactId());
        stamp(event.owner(), eventId);
    }

    private void change(ContactEvent event, String eventId, UnaryOperator<CandidateRow> change) {
        CandidateRow row = candidates.findById(event.contactId()).orElse(null);
        if (row != null) {
            CandidateRow next = change.apply(row);
            if (!next.equals(row)) {
                store(next);
            }
        }
        stamp(event.owner(), eventId);
    }

    private void store(CandidateRow row) {
        candidates.put(row);
    }

    /**
     * The owner's candidates may have changed with this event: pairs found before it are out of date. Every event
     * handled here stamps, whether it changed a row or not (a fact that names no LinkedIn profile is not handled), so
     * the stamp depends on the events alone and a redelivered batch leaves the one a clean pass leaves.
     */
    private void stamp(String owner, String eventId) {
        stamps.put(new Document("_id", owner).append(STAMP, eventId));
    }

    @ResetHandler
    void reset() {
        candidates.deleteMany(new Document());
        stamps.deleteMany(new Document());
    }
}
