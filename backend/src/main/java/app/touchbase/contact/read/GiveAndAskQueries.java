package app.touchbase.contact.read;

import app.touchbase.contact.api.CountGiveAndAsk;
import app.touchbase.contact.api.GiveAndAskCounts;
import app.touchbase.contact.api.GiveAndAskCounts.Tally;
import app.touchbase.shared.Inputs;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.nin;

/**
 * Counts what the owner gave and asked from the tallies {@link GiveAndAskTallies} keeps: one document per person touched
 * since the first month asked for.
 */
@Component
public class GiveAndAskQueries {

    private final MongoCollection<Document> balances;
    private final MergedAwayContacts mergedAway;

    public GiveAndAskQueries(MongoDatabase touchbaseDatabase) {
        this.balances = touchbaseDatabase.getCollection(GiveAndAskTallies.BALANCES);
        this.mergedAway = new MergedAwayContacts(touchbaseDatabase);
    }

    @QueryHandler
    public GiveAndAskCounts handle(CountGiveAndAsk query) {
        Inputs.requireOwner(query.owner());
        Inputs.requireStretch(query.from(), query.to(), ChronoUnit.MONTHS, CountGiveAndAsk.MAX_MONTHS, "month", "months");
        Map<String, YearMonth> months = new LinkedHashMap<>();
        Stream.iterate(query.from(), month -> !month.isAfter(query.to()), month -> month.plusMonths(1))
                .forEach(month -> months.put(month.toString(), month));
        Map<UUID, Tally> people = new HashMap<>();
        Map<YearMonth, Tally> network = new HashMap<>();
        // whole documents: projecting a dozen nested months took a sixth of the server's time for a weekly plan, and a
        // person's other months are a few small documents
        balances.find(and(eq("owner", query.owner()), gte("latest", query.from().toString()), nin("_id", mergedAway.of(query.owner()))))
                .forEach(balance -> {
                    Document byMonth = balance.get("months", Document.class);
                    if (byMonth == null) {
                        return;
                    }
                    Tally person = Tally.NONE;
                    for (Map.Entry<String, Object> kept : byMonth.entrySet()) {
                        YearMonth month = months.get(kept.getKey());
                        if (month != null) {
                            Tally tally = GiveAndAskTallies.tallyOf((Document) kept.getValue());
                            person = person.plus(tally);
                            network.merge(month, tally, Tally::plus);
                        }
                    }
                    if (person.total() > 0) {
                        people.put(balance.get("_id", UUID.class), person);
                    }
                });
        return new GiveAndAskCounts(people, network);
    }
}
