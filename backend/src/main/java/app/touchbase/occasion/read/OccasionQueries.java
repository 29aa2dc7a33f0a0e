package app.touchbase.occasion.read;

import app.touchbase.followup.api.FollowUp;
import app.touchbase.followup.api.ListOpenFollowUps;
import app.touchbase.followup.api.OpenFollowUps;
import app.touchbase.importantdate.api.ImportantDate;
import app.touchbase.importantdate.api.ImportantDates;
import app.touchbase.importantdate.api.ListContactDates;
import app.touchbase.importantdate.api.ListUpcomingDates;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

@Component
class OccasionQueries {

    /** A year ahead is as far as "upcoming" can reach. */
    static final int MAX_DAYS = 366;

    private final MongoCollection<ImportantDateRow> dates;
    private final MongoCollection<FollowUpRow> followUps;
    private final MongoCollection<OccasionContactRow> contacts;

    OccasionQueries(MongoDatabase touchbaseDatabase) {
        this.dates = touchbaseDatabase.getCollection(OccasionsProjection.DATES, ImportantDateRow.class);
        this.followUps = touchbaseDatabase.getCollection(OccasionsProjection.FOLLOW_UPS, FollowUpRow.class);
        this.contacts = touchbaseDatabase.getCollection(OccasionsProjection.CONTACTS, OccasionContactRow.class);
    }

    @QueryHandler
    ImportantDates handle(ListUpcomingDates query) {
        LocalDate last = query.from().plusDays(Math.max(0, Math.min(query.days(), MAX_DAYS)));
        List<ImportantDate> upcoming = activeRows(dates, eq("owner", query.owner())).stream()
                .map(found -> found.row().view(found.contact().name(), query.from()))
                .filter(date -> !date.nextOccurrence().isAfter(last))
                .sorted(Comparator.comparing(ImportantDate::nextOccurrence).thenComparing(ImportantDate::contactName))
                .toList();
        return new ImportantDates(upcoming);
    }

    @QueryHandler
    ImportantDates handle(ListContactDates query) {
        return new ImportantDates(rows(dates, and(eq("owner", query.owner()), eq("contactId", query.contactId())))
                .stream()
                .map(found -> found.row().view(found.contact().name(), query.from()))
                .sorted(Comparator.comparing(ImportantDate::nextOccurrence))
                .toList());
    }

    @QueryHandler
    OpenFollowUps handle(ListOpenFollowUps query) {
        Bson filter = query.contactId() == null
                ? eq("owner", query.owner())
                : and(eq("owner", query.owner()), eq("contactId", query.contactId()));
        List<WithContact<FollowUpRow>> found = query.contactId() == null ? activeRows(followUps, filter) : rows(followUps, filter);
        return new OpenFollowUps(found.stream()
                .map(one -> one.row().view(one.contact().name()))
                .sorted(Comparator.comparing(FollowUp::dueOn).thenComparing(FollowUp::contactName))
                .toList());
    }

    private record WithContact<R>(R row, OccasionContactRow contact) {
    }

    private <R extends OfContact> List<WithContact<R>> activeRows(MongoCollection<R> collection, Bson filter) {
        return rows(collection, filter).stream().filter(found -> !found.contact().archived()).toList();
    }

    private <R extends OfContact> List<WithContact<R>> rows(MongoCollection<R> collection, Bson filter) {
        List<R> rows = collection.find(filter).into(new ArrayList<>());
        List<UUID> contactIds = rows.stream().map(OfContact::contactId).distinct().toList();
        Map<UUID, OccasionContactRow> headers = new HashMap<>();
        contacts.find(in("_id", contactIds)).forEach(header -> headers.put(header.contactId(), header));
        return rows.stream()
                .filter(row -> headers.containsKey(row.contactId()))
                .map(row -> new WithContact<>(row, headers.get(row.contactId())))
                .toList();
    }
}
