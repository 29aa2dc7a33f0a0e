package app.touchbase.importing.read;

import app.touchbase.importing.api.ImportFailed;
import app.touchbase.importing.api.ImportFinished;
import app.touchbase.importing.api.ImportFormat;
import app.touchbase.importing.api.ImportRecorded;
import app.touchbase.importing.api.ImportState;
import app.touchbase.importing.api.ImportSummary;
import app.touchbase.importing.api.PlannedContact;
import app.touchbase.support.EmbeddedReadModels;
import org.bson.BsonDateTime;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonString;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Collections;
import java.util.UUID;

import static app.touchbase.support.EmbeddedReadModels.uuid;
import static org.assertj.core.api.Assertions.assertThat;

/** Imports are listed by owner, newest first, with their state stored as its name. */
class ImportDocumentsTest {

    static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    final EmbeddedReadModels mongo = new EmbeddedReadModels();
    final ImportProjection projection = new ImportProjection(mongo.database());

    @AfterEach
    void close() {
        mongo.close();
    }

    @Test
    void anImportIsStoredWithItsStateAsText() {
        UUID older = UUID.randomUUID();
        UUID newer = UUID.randomUUID();
        ImportRecorded recorded = recorded(older, T0);
        projection.on(recorded);
        projection.on(recorded);
        projection.on(new ImportFailed(older, "me", "The file ended early", T0.plusSeconds(5)));
        projection.on(recorded(newer, T0.plusSeconds(60)));
        projection.on(new ImportFinished(newer, "me", T0.plusSeconds(70)));

        assertThat(mongo.stored(ImportProjection.COLLECTION, older)).isEqualTo(new BsonDocument("_id", uuid(older))
                .append("owner", new BsonString("me"))
                .append("fileName", new BsonString("contacts.vcf"))
                .append("format", new BsonString("VCARD"))
                .append("total", new BsonInt32(2))
                .append("state", new BsonString("FAILED"))
                .append("startedAt", new BsonDateTime(T0.toEpochMilli()))
                .append("problem", new BsonString("The file ended early")));
        assertThat(projection.all("me")).containsExactly(
                new ImportSummary(newer, "contacts.vcf", ImportFormat.VCARD, 2, 2, ImportState.DONE, null, T0.plusSeconds(60)),
                new ImportSummary(older, "contacts.vcf", ImportFormat.VCARD, 2, 0, ImportState.FAILED, "The file ended early", T0));
        assertThat(projection.find("me", newer)).map(ImportSummary::state).contains(ImportState.DONE);
        assertThat(projection.find("someone else", newer)).isEmpty();
    }

    private static ImportRecorded recorded(UUID importId, Instant at) {
        return new ImportRecorded(importId, "me", "contacts.vcf", ImportFormat.VCARD, Collections.nCopies(2, (PlannedContact) null), at);
    }
}
