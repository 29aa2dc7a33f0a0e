package app.touchbase.nexttouch.read;

import app.touchbase.nexttouch.api.DueTouches;
import app.touchbase.nexttouch.api.FetchNextTouch;
import app.touchbase.nexttouch.api.ListDueTouches;
import app.touchbase.nexttouch.api.ListNextTouches;
import app.touchbase.nexttouch.api.NextTouch;
import app.touchbase.nexttouch.api.TouchStatus;
import app.touchbase.platform.mongo.BsonTime;
import app.touchbase.shared.Inputs;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.ne;
import static com.mongodb.client.model.Filters.or;

/** Statuses are computed here, against the injected clock, so a stored read model never goes stale. */
@Component
public class NextTouchQueries {

    private static final Comparator<NextTouch> BY_URGENCY = Comparator
            .comparing(NextTouch::status)
            .thenComparing(NextTouch::nextTouchAt)
            .thenComparing(NextTouch::name, String.CASE_INSENSITIVE_ORDER);

    private final MongoCollection<Document> nextTouches;
    private final Clock clock;

    public NextTouchQueries(MongoDatabase touchbaseDatabase, Clock clock) {
        this.nextTouches = touchbaseDatabase.getCollection(NextTouchProjection.COLLECTION);
        this.clock = clock;
    }

    @QueryHandler
    public DueTouches handle(ListDueTouches query) {
        Inputs.requireOwner(query.owner());
        Instant now = clock.instant();
        List<NextTouch> touches = nextTouches.find(and(
                        eq("owner", query.owner()),
                        eq("archived", false),
                        or(lte("nextTouchAt", BsonTime.date(TouchStatusPolicy.horizon(now))),
                                gt("snoozedUntil", BsonTime.date(now)))))
                .map(doc -> NextTouchDocuments.toView(doc, now))
                .into(new ArrayList<>())
                .stream()
                .filter(touch -> touch.status() != TouchStatus.OK && touch.status() != TouchStatus.NO_CADENCE)
                .sorted(BY_URGENCY)
                .toList();
        return new DueTouches(now, touches);
    }

    @QueryHandler
    public DueTouches handle(ListNextTouches query) {
        Inputs.requireOwner(query.owner());
        Instant now = clock.instant();
        List<NextTouch> touches = nextTouches.find(and(eq("owner", query.owner()), eq("archived", false), ne("nextTouchAt", null)))
                .map(doc -> NextTouchDocuments.toView(doc, now))
                .into(new ArrayList<>())
                .stream()
                .sorted(BY_URGENCY)
                .toList();
        return new DueTouches(now, touches);
    }

    @QueryHandler
    public Optional<NextTouch> handle(FetchNextTouch query) {
        Inputs.requireOwner(query.owner());
        Inputs.requirePresent(query.contactId(), "contactId", "The contact id");
        Instant now = clock.instant();
        return Optional.ofNullable(nextTouches.find(and(eq("_id", query.contactId().toString()), eq("owner", query.owner()))).first())
                .map(doc -> NextTouchDocuments.toView(doc, now));
    }
}
