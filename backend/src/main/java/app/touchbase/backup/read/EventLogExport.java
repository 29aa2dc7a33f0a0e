package app.touchbase.backup.read;

import app.touchbase.backup.api.ExportEventLog;
import app.touchbase.circle.api.CircleSummary;
import app.touchbase.circle.api.ListCircles;
import app.touchbase.contact.api.ContactPage;
import app.touchbase.contact.api.ListAllContacts;
import app.touchbase.exporting.api.ExportedFile;
import app.touchbase.plan.api.PlanWeek;
import app.touchbase.platform.privacy.PersonalDataKeys;
import app.touchbase.shared.Inputs;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.EventEntryConfiguration;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.regex;

/**
 * Writes the owner's events (the account's, its contacts', circles' and weekly plans') exactly as stored (MongoDB extended JSON keeps every type), so a restore is lossless,
 * except for password hashes, which a backup leaves out. The keys that seal the account's personal data follow the
 * events, one per line: a backup can be read after a restore, and a contact erased before it was made is not in it.
 */
@Component
class EventLogExport {

    private static final EventEntryConfiguration STORED = EventEntryConfiguration.getDefault();
    static final JsonWriterSettings EXACT = JsonWriterSettings.builder().outputMode(JsonMode.EXTENDED).build();

    private final MongoTemplate axonMongoTemplate;
    private final QueryGateway queries;
    private final PersonalDataKeys keys;

    EventLogExport(MongoTemplate axonMongoTemplate, QueryGateway queries, PersonalDataKeys keys) {
        this.axonMongoTemplate = axonMongoTemplate;
        this.queries = queries;
        this.keys = keys;
    }

    /** As the event store sorts them: its timestamps are text of one width, so they sort as text. */
    private static final Comparator<Document> IN_STORED_ORDER = Comparator
            .comparing((Document event) -> event.getString(STORED.timestampProperty()))
            .thenComparingLong(event -> event.get(STORED.sequenceNumberProperty(), Number.class).longValue());

    @QueryHandler
    public ExportedFile handle(ExportEventLog query) {
        Inputs.requireOwner(query.owner());
        List<String> aggregates = new ArrayList<>(List.of(query.owner()));
        queries.query(new ListAllContacts(query.owner()), ResponseTypes.instanceOf(ContactPage.class)).join().contacts()
                .forEach(contact -> aggregates.add(contact.contactId().toString()));
        queries.query(new ListCircles(query.owner(), true), ResponseTypes.multipleInstancesOf(CircleSummary.class)).join()
                .forEach(circle -> aggregates.add(circle.circleId().toString()));
        List<Document> events = new ArrayList<>();
        axonMongoTemplate.eventCollection().find(in(STORED.aggregateIdentifierProperty(), aggregates)).into(events);
        axonMongoTemplate.eventCollection().find(weeklyPlansOf(query.owner())).into(events);
        events.sort(IN_STORED_ORDER);
        StringBuilder lines = new StringBuilder();
        for (Document event : events) {
            event.remove("_id");
            lines.append(StoredPasswordHashes.withoutHash(event).toJson(EXACT)).append('\n');
        }
        for (Document key : keys.ofAccount(query.owner())) {
            lines.append(new Document(PersonalDataKeys.BACKUP_LINE, key).toJson(EXACT)).append('\n');
        }
        return new ExportedFile("touchbase-backup.jsonl", "application/jsonl", lines.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The owner's weekly plans, named by the owner and their week. Asked apart from the other aggregates and as a range
     * of ids, which the event store's index reads: with the two in one {@code $or}, the embedded server would read
     * every stored event.
     */
    private static Bson weeklyPlansOf(String owner) {
        String prefix = PlanWeek.planIdPrefix(owner);
        String id = STORED.aggregateIdentifierProperty();
        return and(gte(id, prefix), lt(id, prefix + Character.MAX_VALUE),
                regex(id, "^" + Pattern.quote(prefix) + "\\d{4}-\\d{2}-\\d{2}$"));
    }
}
