package app.touchbase.occasion.read;

import app.touchbase.followup.api.FollowUp;
import app.touchbase.followup.api.ListOpenFollowUps;
import app.touchbase.followup.api.OpenFollowUps;
import app.touchbase.importantdate.api.ImportantDate;
import app.touchbase.importantdate.api.ImportantDates;
import app.touchbase.importantdate.api.ListContactDates;
import app.touchbase.importantdate.api.ListUpcomingDates;
import app.touchbase.importantdate.api.Occurrences;
import app.touchbase.platform.mongo.BsonTime;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.MonthDay;
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

    private final MongoCollection<Document> dates;
    private final MongoCollection<Document> followUps;
    private final MongoCollection<Document> contacts;

    OccasionQueries(MongoDatabase touchbaseDatabase) {
        this.dates = touchbaseDatabase.getCollection(OccasionsProjection.DATES);
        this.followUps = touchbaseDatabase.getCollection(OccasionsProjection.FOLLOW_UPS);
        this.contacts = touchbaseDatabase.getCollection(OccasionsProjection.CONTACTS);
    }

    @QueryHandler
    ImportantDates handle(ListUpcomingDates query) {
        LocalDate last = query.from().plusDays(Math.max(0, Math.min(query.days(), MAX_DAYS)));
        List<ImportantDate> upcoming = activeRows(dates, eq("owner", query.owner())).stream()
                .map(row -> importantDate(row.document(), row.contactName(), query.from()))
                .filter(date -> !date.nextOccurrence().isAfter(last))
                .sorted(Comparator.comparing(ImportantDate::nextOccurrence).thenComparing(ImportantDate::contactName))
                .toList();
        return new ImportantDates(upcoming);
    }

    @QueryHandler
    ImportantDates handle(ListContactDates query) {
        return new ImportantDates(rows(dates, and(eq("owner", query.owner()), eq("contactId", query.contactId().toString())))
                .stream()
                .map(row -> importantDate(row.document(), row.contactName(), query.from()))
                .sorted(Comparator.comparing(ImportantDate::nextOccurrence))
                .toList());
    }

    @QueryHandler
    OpenFollowUps handle(ListOpenFollowUps query) {
        Bson filter = query.contactId() == null
                ? eq("owner", query.owner())
                : and(eq("owner", query.owner()), eq("contactId", query.contactId().toString()));
        List<Row> found = query.contactId() == null ? activeRows(followUps, filter) : rows(followUps, filter);
        return new OpenFollowUps(found.stream()
                .map(row -> new FollowUp(UUID.fromString(row.document().getString("_id")),
                        UUID.fromString(row.document().getString("contactId")), row.contactName(),
                        row.document().getString("text"), BsonTime.day(row.document().getString("dueOn"))))
                .sorted(Comparator.comparing(FollowUp::dueOn).thenComparing(FollowUp::contactName))
                .toList());
    }

    private record Row(Document document, String contactName, boolean archived) {
    }

    private List<Row> activeRows(MongoCollection<Document> collection, Bson filter) {
        return rows(collection, filter).stream().filter(row -> !row.archived()).toList();
    }

    private List<Row> rows(MongoCollection<Document> collection, Bson filter) {
        List<Document> documents = collection.find(filter).into(new ArrayList<>());
        List<String> contactIds = documents.stream().map(doc -> doc.getString("contactId")).distinct().toList();
        Map<String, Document> headers = new HashMap<>();
        contacts.find(in("_id", contactIds)).forEach(header -> headers.put(header.getString("_id"), header));
        return documents.stream()
                .filter(doc -> headers.containsKey(doc.getString("contactId")))
                .map(doc -> {
                    Document header = headers.get(doc.getString("contactId"));
                    return new Row(doc, header.getString("name"), header.getBoolean("archived", false));
                })
                .toList();
    }

    private static ImportantDate importantDate(Document doc, String contactName, LocalDate from) {
        MonthDay day = MonthDay.of(doc.getInteger("month"), doc.getInteger("day"));
        return new ImportantDate(UUID.fromString(doc.getString("_id")), UUID.fromString(doc.getString("contactId")),
                contactName, doc.getString("label"), day, doc.getInteger("year"), doc.getInteger("noticeDays"),
                Occurrences.nextOnOrAfter(day, from));
    }
}
