package app.touchbase.duplicates.read;

import app.touchbase.duplicates.api.DuplicatePairs;
import app.touchbase.duplicates.api.FetchMergedInto;
import app.touchbase.duplicates.api.ListDuplicates;
import app.touchbase.duplicates.api.MergedInto;
import app.touchbase.shared.Inputs;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

/**
 * The pairs are found again only when the owner's candidates changed since they were last found (the projection
 * stamps each change with its event's id): a touch logged, a reminder sent or the Duplicates page opened again asks
 * for one small document, not for every contact compared anew.
 */
@Component
class DuplicateQueries {

    /** Pairs are kept for this many owners at most; past it, all are dropped and found again as they are asked for. */
    static final int OWNERS_KEPT = 1_000;

    private final MongoCollection<CandidateRow> candidates;
    private final MongoCollection<Document> stamps;
    private final Map<String, Found> found = new ConcurrentHashMap<>();

    DuplicateQueries(MongoDatabase touchbaseDatabase) {
        this.candidates = touchbaseDatabase.getCollection(DuplicateCandidatesProjection.COLLECTION, CandidateRow.class);
        this.stamps = touchbaseDatabase.getCollection(DuplicateCandidatesProjection.STAMPS);
    }

    @QueryHandler
    DuplicatePairs handle(ListDuplicates query) {
        Inputs.requireOwner(query.owner());
        String stamp = stampOf(query.owner());
        Found before = found.get(query.owner());
        if (before != null && Objects.equals(before.stamp(), stamp)) {
            return before.pairs();
        }
        ArrayList<CandidateRow> listed = candidates.find(and(eq("owner", query.owner()), eq("archived", false)))
                .into(new ArrayList<>());
        listed.removeIf(row -> !row.listed());
        DuplicatePairs pairs = new DuplicatePairs(LikelyDuplicates.among(listed));
        if (found.size() >= OWNERS_KEPT) {
            found.clear();
        }
        // the stamp was read before the candidates: a change in between only makes the next question find them again
        found.put(query.owner(), new Found(stamp, pairs));
        return pairs;
    }

    private String stampOf(String owner) {
        Document stamp = stamps.find(eq("_id", owner)).first();
        return stamp == null ? null : stamp.getString(DuplicateCandidatesProjection.STAMP);
    }

    private record Found(String stamp, DuplicatePairs pairs) {
    }

    @QueryHandler
    Optional<MergedInto> handle(FetchMergedInto query) {
        Inputs.requireOwner(query.owner());
        Inputs.requirePresent(query.contactId(), "contactId", "The contact id");
        CandidateRow merged = candidates.find(and(eq("_id", query.contactId()), eq("owner", query.owner()))).first();
        if (merged == null || merged.mergedInto() == null) {
            return Optional.empty();
        }
        CandidateRow kept = candidates.find(and(eq("_id", merged.mergedInto()), eq("owner", query.owner()))).first();
        return Optional.of(new MergedInto(merged.contactId(), merged.mergedInto(), kept == null ? null : kept.details().name(),
                merged.mergedAt()));
    }
}
