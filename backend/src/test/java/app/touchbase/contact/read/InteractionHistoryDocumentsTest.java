package app.touchbase.contact.read;

import app.touchbase.interaction.api.Direction;
import app.touchbase.interaction.api.InteractionCorrected;
import app.touchbase.interaction.api.InteractionLogged;
import app.touchbase.interaction.api.InteractionRemoved;
import app.touchbase.interaction.api.InteractionType;
import app.touchbase.interaction.api.ReplyAwaited;
import app.touchbase.interaction.api.ReplyReceived;
import app.touchbase.support.EmbeddedReadModels;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Indexes;
import org.bson.BsonArray;
import org.bson.BsonBoolean;
import org.bson.BsonDateTime;
import org.bson.BsonDocument;
import org.bson.BsonString;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static app.touchbase.support.EmbeddedReadModels.uuid;
import static org.assertj.core.api.Assertions.assertThat;

/** What the profile filters and sorts interactions by is stored with the same names and BSON types, and events may come twice. */
class InteractionHistoryDocumentsTest {

    static final Instant LOGGED = Instant.parse("2026-03-01T10:00:00.123Z");
    static final LocalDate DAY = LocalDate.of(2026, 2, 27);

    final EmbeddedReadModels mongo = new EmbeddedReadModels();
    final InteractionHistoryProjection projection = new InteractionHistoryProjection(mongo.database());
    final UUID contact = UUID.randomUUID();
    final UUID interaction = UUID.randomUUID();

    @AfterEach
    void close() {
        mongo.close();
    }

    @Test
    void theNotesIndexOfAnEarlierReleaseIsReplacedByOneThatEndsWithTheContact() {
        MongoCollection<Document> touches = mongo.database().getCollection(InteractionHistoryProjection.COLLECTION);
        touches.dropIndex("owner_1_noteWords_1_contactId_1");
        touches.createIndex(Indexes.ascending("owner", "noteWords"));

        new InteractionHistoryProjection(mongo.database());

        assertThat(touches.listIndexes().map(index -> index.getString("name")).into(new ArrayList<>()))
                .contains("owner_1_noteWords_1_contactId_1").doesNotContain("owner_1_noteWords_1");
    }

    @Test
    void aLoggedInteractionIsStoredWithTypedIdsAndDays() {
        InteractionLogged logged = new InteractionLogged(contact, "ada", interaction, InteractionType.CALL, DAY,
                Direction.GAVE, "Coffee", LOGGED);
        projection.on(logged);
        projection.on(logged);

        BsonDocument stored = mongo.stored(InteractionHistoryProjection.COLLECTION, interaction);
        assertThat(stored).isEqualTo(new BsonDocument("_id", uuid(interaction))
                .append("contactId", uuid(contact))
                .append("owner", new BsonString("ada"))
                .append("type", new BsonString("CALL"))
                .append("occurredOn", midnightUtc(DAY))
                .append("direction", new BsonString("GAVE"))
                .append("notes", new BsonString("Coffee"))
                .append("loggedAt", new BsonDateTime(LOGGED.toEpochMilli()))
                .append("corrected", BsonBoolean.FALSE)
                .append("awaitingReply", BsonBoolean.FALSE)
                .append("noteWords", new BsonArray(List.of(new BsonString("coffee")))));
    }

    @Test
    void aReplyAwaitedMarksTheTouchUntilItComesAndIsForgottenWithTheTouch() {
        projection.on(new InteractionLogged(contact, "ada", interaction, InteractionType.EMAIL, DAY, Direction.ASKED, null, LOGGED));
        projection.on(new ReplyAwaited(contact, "ada", interaction, LOGGED));
        assertThat(mongo.stored(InteractionHistoryProjection.COLLECTION, interaction).getBoolean("awaitingReply"))
                .isEqualTo(BsonBoolean.TRUE);
        projection.on(new ReplyReceived(contact, "ada", interaction, LOGGED));
        assertThat(mongo.stored(InteractionHistoryProjection.COLLECTION, interaction).getBoolean("awaitingReply"))
                .isEqualTo(BsonBoolean.FALSE);
        projection.on(new ReplyAwaited(contact, "ada", UUID.randomUUID(), LOGGED));
        assertThat(mongo.database().getCollection(InteractionHistoryProjection.COLLECTION).countDocuments())
                .as("a reply awaited for a touch removed since makes no document").isEqualTo(1);
    }

    @Test
    void aCorrectionKeepsWhenItWasLoggedAndLeavesNoEmptyFields() {
        projection.on(new InteractionLogged(contact, "ada", interaction, InteractionType.CALL, DAY, Direction.GAVE, "Coffee", LOGGED));
        InteractionCorrected corrected = new InteractionCorrected(contact, "ada", interaction, InteractionType.MEETING,
                DAY.minusDays(1), Direction.ASKED, null, LOGGED.plusSeconds(60));
        projection.on(corrected);
        projection.on(corrected);

        BsonDocument stored = mongo.stored(InteractionHistoryProjection.COLLECTION, interaction);
        assertThat(stored.getString("type").getValue()).isEqualTo("MEETING");
        assertThat(stored.get("occurredOn")).isEqualTo(midnightUtc(DAY.minusDays(1)));
        assertThat(stored.get("loggedAt")).isEqualTo(new BsonDateTime(LOGGED.toEpochMilli()));
        assertThat(stored.getBoolean("corrected").getValue()).isTrue();
        assertThat(stored).doesNotContainKeys("notes", "noteWords");
    }

    @Test
    void aRemovedInteractionIsGoneAndALateCorrectionDoesNotBringItBack() {
        projection.on(new InteractionLogged(contact, "ada", interaction, InteractionType.CALL, DAY, Direction.GAVE, null, LOGGED));
        projection.on(new InteractionRemoved(contact, "ada", interaction, LOGGED));
        projection.on(new InteractionCorrected(contact, "ada", interaction, InteractionType.CALL, DAY, Direction.GAVE, null, LOGGED));

        assertThat(mongo.stored(InteractionHistoryProjection.COLLECTION, interaction)).isNull();
    }

    static BsonDateTime midnightUtc(LocalDate day) {
        return new BsonDateTime(day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli());
    }
}
