package app.touchbase.calendar.read;

import app.touchbase.account.api.CalendarFeedClosed;
import app.touchbase.account.api.CalendarFeedOpened;
import app.touchbase.calendar.api.CalendarFeedStatus;
import app.touchbase.calendar.api.FetchCalendarFeedStatus;
import app.touchbase.platform.axon.ReadModels;
import app.touchbase.platform.readmodel.ReadModelCollection;
import app.touchbase.shared.api.AccountDeleted;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.util.Optional;

import static com.mongodb.client.model.Filters.eq;

/** Which account a calendar link belongs to, by the hash of its token; one live link per account. */
@Component
@ProcessingGroup(ReadModels.PROCESSING_GROUP)
public class CalendarFeedProjection {

    static final String COLLECTION = "calendar_feeds";

    private final ReadModelCollection<CalendarFeedRow> feeds;

    public CalendarFeedProjection(MongoDatabase touchbaseDatabase) {
        this.feeds = ReadModelCollection.of(touchbaseDatabase, COLLECTION, CalendarFeedRow.class);
        feeds.stored().createIndex(Indexes.ascending("tokenHash"));
    }

    @EventHandler
    void on(CalendarFeedOpened event) {
        feeds.put(CalendarFeedRow.of(event));
    }

    @EventHandler
    void on(CalendarFeedClosed event) {
        feeds.delete(event.accountId());
    }

    @EventHandler
    void on(AccountDeleted event) {
        feeds.delete(event.accountId());
    }

    @ResetHandler
    void reset() {
        feeds.deleteMany(new Document());
    }

    Optional<String> accountFor(String tokenHash) {
        return Optional.ofNullable(feeds.stored().find(eq("tokenHash", tokenHash)).first()).map(CalendarFeedRow::accountId);
    }

    @QueryHandler
    public CalendarFeedStatus handle(FetchCalendarFeedStatus query) {
        CalendarFeedRow feed = query.accountId() == null ? null : feeds.findById(query.accountId()).orElse(null);
        return feed == null ? new CalendarFeedStatus(false, null) : feed.view();
    }
}
