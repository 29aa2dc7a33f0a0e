package app.touchbase.importing.read;

import app.touchbase.importing.api.ImportFailed;
import app.touchbase.importing.api.ImportFinished;
import app.touchbase.importing.api.ImportRecorded;
import app.touchbase.importing.api.ImportState;
import app.touchbase.importing.api.ImportSummary;
import app.touchbase.importing.api.ImportUndoStarted;
import app.touchbase.importing.api.ImportUndone;
import app.touchbase.platform.axon.ReadModels;
import app.touchbase.platform.readmodel.ReadModelCollection;
import app.touchbase.shared.api.AccountDeleted;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;

/** Every import of every owner: the file, how many contacts, and where it stands. */
@Component
@ProcessingGroup(ReadModels.PROCESSING_GROUP)
public class ImportProjection {

    static final String COLLECTION = "imports";

    private final ReadModelCollection<ImportRow> imports;

    public ImportProjection(MongoDatabase touchbaseDatabase) {
        this.imports = ReadModelCollection.of(touchbaseDatabase, COLLECTION, ImportRow.class);
        imports.stored().createIndex(Indexes.ascending("owner", "startedAt"));
    }

    @EventHandler
    void on(ImportRecorded event) {
        imports.put(ImportRow.of(event));
    }

    @EventHandler
    void on(ImportFinished event) {
        state(event.importId(), ImportState.DONE, null);
    }

    @EventHandler
    void on(ImportFailed event) {
        state(event.importId(), ImportState.FAILED, set("problem", event.problem()));
    }

    @EventHandler
    void on(ImportUndoStarted event) {
        state(event.importId(), ImportState.UNDOING, null);
    }

    @EventHandler
    void on(ImportUndone event) {
        state(event.importId(), ImportState.UNDONE, null);
    }

    @EventHandler
    void on(AccountDeleted event) {
        imports.deleteMany(eq("owner", event.accountId()));
    }

    @ResetHandler
    void reset() {
        imports.deleteMany(new Document());
    }

    private void state(UUID importId, ImportState state, Bson more) {
        Bson change = set("state", state);
        imports.update(importId, more == null ? change : combine(change, more));
    }

    public Optional<ImportSummary> find(String owner, UUID importId) {
        return Optional.ofNullable(imports.stored().find(and(eq("_id", importId), eq("owner", owner))).first())
                .map(ImportRow::view);
    }

    public List<ImportSummary> all(String owner) {
        return imports.stored().find(eq("owner", owner)).sort(Sorts.descending("startedAt")).map(ImportRow::view).into(new ArrayList<>());
    }
}
