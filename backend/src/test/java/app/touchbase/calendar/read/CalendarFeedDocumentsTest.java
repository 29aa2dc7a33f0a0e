package app.touchbase.calendar.read;

import app.touchbase.account.api.CalendarFeedClosed;
import app.touchbase.account.api.CalendarFeedOpened;
import app.touchbase.calendar.api.CalendarFeedStatus;
import app.touchbase.calendar.api.FetchCalendarFeedStatus;
import app.touchbase.support.EmbeddedReadModels;
import org.bson.BsonDateTime;
import org.bson.BsonDocument;
import org.bson.BsonString;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** A feed is found by its token's hash: one document per account, replaced when the link is opened again. */
class CalendarFeedDocumentsTest {

    static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    final EmbeddedReadModels mongo = new EmbeddedReadModels();
    final CalendarFeedProjection projection = new CalendarFeedProjection(mongo.database());

    @AfterEach
    void close() {
        mongo.close();
    }

    @Test
    void reopeningReplacesTheLinkAndClosingRemovesIt() {
        projection.on(new CalendarFeedOpened("ada", "first-hash", T0));
        projection.on(new CalendarFeedOpened("ada", "second-hash", T0.plusSeconds(60)));
        projection.on(new CalendarFeedOpened("ada", "second-hash", T0.plusSeconds(60)));

        assertThat(mongo.stored(CalendarFeedProjection.COLLECTION, "ada")).isEqualTo(new BsonDocument("_id", new BsonString("ada"))
                .append("tokenHash", new BsonString("second-hash"))
                .append("openedAt", new BsonDateTime(T0.plusSeconds(60).toEpochMilli())));
        assertThat(projection.accountFor("first-hash")).isEmpty();
        assertThat(projection.accountFor("second-hash")).contains("ada");
        assertThat(projection.handle(new FetchCalendarFeedStatus("ada"))).isEqualTo(new CalendarFeedStatus(true, T0.plusSeconds(60)));

        projection.on(new CalendarFeedClosed("ada", T0.plusSeconds(120)));
        assertThat(projection.accountFor("second-hash")).isEmpty();
        assertThat(projection.handle(new FetchCalendarFeedStatus("ada"))).isEqualTo(new CalendarFeedStatus(false, null));
    }
}
