package app.touchbase.circle.read;

import app.touchbase.cadence.api.CircleRef;
import app.touchbase.circle.api.CircleSummary;
import app.touchbase.circle.api.ListCircleRefs;
import app.touchbase.circle.api.FetchCircle;
import app.touchbase.circle.api.ListCircles;
import app.touchbase.nexttouch.api.CircleTallies;
import app.touchbase.nexttouch.api.TallyCircles;
import app.touchbase.shared.Inputs;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

/** The owner's circles with how their members stand today; another owner's circles are never found. */
@Component
public class CircleQueries {

    private final MongoCollection<CircleRow> circles;
    private final QueryGateway queries;

    public CircleQueries(MongoDatabase touchbaseDatabase, QueryGateway queries) {
        this.circles = touchbaseDatabase.getCollection(CircleProjection.COLLECTION, CircleRow.class);
        this.queries = queries;
    }

    @QueryHandler
    public List<CircleSummary> handle(ListCircles query) {
        Inputs.requireOwner(query.owner());
        Bson filter = query.includeArchived() ? eq("owner", query.owner()) : and(eq("owner", query.owner()), eq("archived", false));
        List<CircleRow> rows = circles.find(filter).sort(Sorts.ascending("archived", "sortName", "_id")).into(new ArrayList<>());
        CircleTallies tallies = rows.isEmpty() ? new CircleTallies(Map.of()) : tallies(new TallyCircles(query.owner()));
        return rows.stream().map(row -> summary(row, tallies)).toList();
    }

    @QueryHandler
    public List<CircleRef> handle(ListCircleRefs query) {
        Inputs.requireOwner(query.owner());
        return circles.find(and(eq("owner", query.owner()), eq("archived", false))).sort(Sorts.ascending("archived", "sortName", "_id"))
                .projection(Projections.include("_id", "details", "archived"))
                .map(row -> new CircleRef(row.circleId(), row.details().name(), row.details().colour()))
                .into(new ArrayList<>());
    }

    /** One circle's page asks again while its rules reach the members: it tallies that circle's members only. */
    @QueryHandler
    public Optional<CircleSummary> handle(FetchCircle query) {
        Inputs.requireOwner(query.owner());
        Inputs.requirePresent(query.circleId(), "circleId", "The circle id");
        return Optional.ofNullable(circles.find(and(eq("_id", query.circleId()), eq("owner", query.owner()))).first())
                .map(row -> summary(row, tallies(new TallyCircles(query.owner(), query.circleId()))));
    }

    private CircleTallies tallies(TallyCircles query) {
        return queries.query(query, ResponseTypes.instanceOf(CircleTallies.class)).join();
    }

    private static CircleSummary summary(CircleRow row, CircleTallies tallies) {
        CircleTallies.Tally tally = tallies.of(row.circleId());
        return new CircleSummary(row.circleId(), row.details(), row.rules(), row.members(), tally.carrying(), tally.due(),
                tally.overdue(), row.archived());
    }
}
