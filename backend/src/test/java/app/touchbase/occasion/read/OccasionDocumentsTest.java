package app.touchbase.occasion.read;

import app.touchbase.contact.api.ContactAdded;
import app.touchbase.contact.api.ContactArchived;
import app.touchbase.contact.api.ContactDetails;
import app.touchbase.contact.api.ContactDetailsChanged;
import app.touchbase.followup.api.FollowUp;
import app.touchbase.followup.api.FollowUpAdded;
import app.touchbase.followup.api.FollowUpChanged;
import app.touchbase.followup.api.FollowUpCompleted;
import app.touchbase.followup.api.FollowUpRemoved;
import app.touchbase.followup.api.ListOpenFollowUps;
import app.touchbase.importantdate.api.ImportantDate;
import app.touchbase.importantdate.api.ImportantDateAdded;
import app.touchbase.importantdate.api.ImportantDateChanged;
import app.touchbase.importantdate.api.ListContactDates;
import app.touchbase.importantdate.api.ListUpcomingDates;
import app.touchbase.support.EmbeddedReadModels;
import org.bson.BsonBoolean;
import org.bson.BsonDateTime;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonString;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.util.UUID;

import static app.touchbase.support.EmbeddedReadModels.uuid;
import static org.assertj.core.api.Assertions.assertThat;

/** Dates and follow-ups are stored with the names and BSON types the lists filter by; repeated events change nothing. */
class OccasionDocumentsTest {

    static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    final EmbeddedReadModels mongo = new EmbeddedReadModels();
    final OccasionsProjection projection = new OccasionsProjection(mongo.database());
    final OccasionQueries queries = new OccasionQueries(mongo.database());
    final UUID ada = UUID.randomUUID();

    @AfterEach
    void close() {
        mongo.close();
    }

    @Test
    void documentsKeepTheirFieldsWithTypedIdsAndDays() {
        ContactAdded added = new ContactAdded(ada, "me", ContactDetails.named("Ada"), T0);
        projection.on(added);
        projection.on(added);
        UUID birthday = UUID.randomUUID();
        projection.on(new ImportantDateAdded(ada, "me", birthday, "Birthday", MonthDay.of(12, 10), null, 3, T0));
        UUID promise = UUID.randomUUID();
        projection.on(new FollowUpAdded(ada, "me", promise, "Send the paper", TODAY.plusDays(2), T0));

        assertThat(mongo.stored(OccasionsProjection.CONTACTS, ada)).isEqualTo(new BsonDocument("_id", uuid(ada))
                .append("name", new BsonString("Ada")).append("archived", BsonBoolean.FALSE));
        assertThat(mongo.stored(OccasionsProjection.DATES, birthday)).isEqualTo(new BsonDocument("_id", uuid(birthday))
                .append("contactId", uuid(ada)).append("owner", new BsonString("me")).append("label", new BsonString("Birthday"))
                .append("month", new BsonInt32(12)).append("day", new BsonInt32(10)).append("noticeDays", new BsonInt32(3)));
        assertThat(mongo.stored(OccasionsProjection.FOLLOW_UPS, promise)).isEqualTo(new BsonDocument("_id", uuid(promise))
                .append("contactId", uuid(ada)).append("owner", new BsonString("me")).append("text", new BsonString("Send the paper"))
                .append("dueOn", new BsonDateTime(TODAY.plusDays(2).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli())));
    }

    @Test
    void listsNameTheContactAndLeaveArchivedContactsOutOfTheOverviews() {
        projection.on(new ContactAdded(ada, "me", ContactDetails.named("Ada"), T0));
        projection.on(new ContactDetailsChanged(ada, "me", ContactDetails.named("Ada Lovelace"), T0));
        UUID birthday = UUID.randomUUID();
        projection.on(new ImportantDateAdded(ada, "me", birthday, "Birthday", MonthDay.of(3, 10), 1815, 0, T0));
        UUID promise = UUID.randomUUID();
        FollowUpAdded followUp = new FollowUpAdded(ada, "me", promise, "Send the paper", TODAY.plusDays(2), T0);
        projection.on(followUp);
        projection.on(followUp);

        assertThat(queries.handle(new ListUpcomingDates("me", TODAY, 30)).dates()).containsExactly(new ImportantDate(
                birthday, ada, "Ada Lovelace", "Birthday", MonthDay.of(3, 10), 1815, 0, LocalDate.of(2026, 3, 10)));
        assertThat(queries.handle(new ListUpcomingDates("me", TODAY, 5)).dates()).isEmpty();
        assertThat(queries.handle(new ListOpenFollowUps("me", null)).followUps())
                .containsExactly(new FollowUp(promise, ada, "Ada Lovelace", "Send the paper", TODAY.plusDays(2)));
        assertThat(queries.handle(new ListOpenFollowUps("someone else", null)).followUps()).isEmpty();

        projection.on(new ContactArchived(ada, "me", T0));
        assertThat(queries.handle(new ListUpcomingDates("me", TODAY, 30)).dates()).isEmpty();
        assertThat(queries.handle(new ListOpenFollowUps("me", null)).followUps()).isEmpty();
        assertThat(queries.handle(new ListContactDates("me", ada, TODAY)).dates()).hasSize(1);
        assertThat(queries.handle(new ListOpenFollowUps("me", ada)).followUps()).hasSize(1);

        projection.on(new FollowUpCompleted(ada, "me", promise, T0));
        assertThat(queries.handle(new ListOpenFollowUps("me", ada)).followUps()).isEmpty();
    }

    @Test
    void aChangedDateOrPromiseReplacesItsDocumentAndARemovedPromiseLeaves() {
        projection.on(new ContactAdded(ada, "me", ContactDetails.named("Ada"), T0));
        UUID birthday = UUID.randomUUID();
        projection.on(new ImportantDateAdded(ada, "me", birthday, "Birthday", MonthDay.of(3, 10), null, 3, T0));
        projection.on(new ImportantDateChanged(ada, "me", birthday, "Name day", MonthDay.of(3, 12), 1815, 0, T0));
        UUID promise = UUID.randomUUID();
        projection.on(new FollowUpAdded(ada, "me", promise, "Send the paper", TODAY.plusDays(2), T0));
        projection.on(new FollowUpChanged(ada, "me", promise, "Send both papers", TODAY.plusDays(5), T0));

        assertThat(queries.handle(new ListContactDates("me", ada, TODAY)).dates()).containsExactly(new ImportantDate(
                birthday, ada, "Ada", "Name day", MonthDay.of(3, 12), 1815, 0, LocalDate.of(2026, 3, 12)));
        assertThat(queries.handle(new ListOpenFollowUps("me", ada)).followUps())
                .containsExactly(new FollowUp(promise, ada, "Ada", "Send both papers", TODAY.plusDays(5)));

        projection.on(new FollowUpRemoved(ada, "me", promise, T0));
        assertThat(queries.handle(new ListOpenFollowUps("me", ada)).followUps()).isEmpty();
    }
}
