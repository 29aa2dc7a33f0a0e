package app.touchbase.calendar.read;

import app.touchbase.account.api.CalendarFeedOpened;
import app.touchbase.calendar.api.CalendarFeedStatus;
import org.bson.codecs.pojo.annotations.BsonId;

import java.time.Instant;

/**
 * An account's live calendar link, found by the SHA-256 of its token. Public only because the driver's record codec
 * reads the components reflectively; nothing outside this package uses it.
 */
public record CalendarFeedRow(@BsonId String accountId, String tokenHash, Instant openedAt) {

    static CalendarFeedRow of(CalendarFeedOpened event) {
        return new CalendarFeedRow(event.accountId(), event.tokenHash(), event.openedAt());
    }

    CalendarFeedStatus view() {
        return new CalendarFeedStatus(true, openedAt);
    }
}
