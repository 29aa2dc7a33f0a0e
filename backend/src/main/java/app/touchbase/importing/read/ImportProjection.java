package app.touchbase.importing.read;

import app.touchbase.importing.api.ImportFailed;
import app.touchbase.importing.api.ImportFinished;
import app.touchbase.importing.api.ImportFormat;
import app.touchbase.importing.api.ImportRecorded;
import app.touchbase.importing.api.ImportState;
import app.touchbase.importing.api.ImportSummary;
import app.touchbase.importing.api.ImportUndoStarted;
import app.touchbase.importing.api.ImportUndone;
import app.touchbase.platform.axon.ReadModels;
import app.touchbase.platform.mongo.BsonTime;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
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

    private final MongoCollection<Document> imports;

    public ImportProjection(MongoDatabase touchbaseDatabase) {
        this.imports = touchbaseDatabase.getCollection(COLLECTION);
    }

    @EventHandler
    void on(ImportRecorded event) {
        imports.replaceOne(eq("_id", event.importId().toString()), new Document("_id", event.importId().toString())
                        .append("owner", event.owner())
                        .append("fileName", event.fileName())
                        .append("format", event.format().name())
                        .append("total", event.contacts().size())
                        .append("state", ImportState.RUNNING.name())
                        .append("problem", null)
                        .append("startedAt", BsonTime.date(event.recordedAt())),
                new ReplaceOptions().upsert(true));
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

    @ResetHandler
    void reset() {
        imports.deleteMany(new Document());
    }

    private void state(UUID importId, ImportState state, Bson more) {
        Bson change = set("state", state.name());
        imports.updateOne(eq("_id", importId.toString()), more == null ? change : combine(change, more));
    }

    public Optional<ImportSummary> find(String owner, UUID importId) {
        return Optional.ofNullable(imports.find(and(eq("_id", importId.toString()), eq("owner", owner))).first())
                .map(ImportProjection::summary);
    }

    public List<ImportSummary> all(String owner) {
        return imports.find(eq("owner", owner)).sort(Sorts.descending("startedAt")).into(new ArrayList<>()).stream()
                .map(ImportProjection::summary).toList();
    }

    private static ImportSummary summary(Document doc) {
        ImportState state = ImportState.valueOf(doc.getString("state"));
        int total = doc.getInteger("total");
        int done = switch (state) {
            case DONE, UNDONE -> total;
            default -> 0;
        };
        return new ImportSummary(UUID.fromString(doc.getString("_id")), doc.getString("fileName"),
                ImportFormat.valueOf(doc.getString("format")), total, done, state, doc.getString("problem"),
                BsonTime.instant(doc.getDate("startedAt")));
    }
}
