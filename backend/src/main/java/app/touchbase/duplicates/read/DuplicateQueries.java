package app.touchbase.duplicates.read;

import app.touchbase.duplicates.api.DuplicatePairs;
import app.touchbase.duplicates.api.FetchMergedInto;
import app.touchbase.duplicates.api.ListDuplicates;
import app.touchbase.duplicates.api.MergedInto;
import app.touchbase.shared.Inputs;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Optional;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

@Component
class DuplicateQueries {

    private final MongoCollection<CandidateRow> candidates;

    DuplicateQueries(MongoDatabase touchbaseDatabase) {
        this.candidates = touchbaseDatabase.getCollection(DuplicateCandidatesProjection.COLLECTION, CandidateRow.class);
    }

    @QueryHandler
    DuplicatePairs handle(ListDuplicates query) {
        Inputs.requireOwner(query.owner());
        ArrayList<CandidateRow> listed = candidates.find(and(eq("owner", query.owner()), eq("archived", false)))
                .into(new ArrayList<>());
        listed.removeIf(row -> !row.listed());
        return new DuplicatePairs(LikelyDuplicates.among(listed));
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
