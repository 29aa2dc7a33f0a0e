package app.touchbase.contact.read;

import app.touchbase.cadence.api.CadenceCleared;
import app.touchbase.cadence.api.CadenceSet;
import app.touchbase.cadence.api.CircleRef;
import app.touchbase.cadence.api.CircleRulesApplied;
import app.touchbase.cadence.api.CircleRulesWithdrawn;
import app.touchbase.cadence.api.KeepInTouchRule;
import app.touchbase.cadence.api.KeepInTouchRuleCleared;
import app.touchbase.cadence.api.KeepInTouchRuleSet;
import app.touchbase.contact.api.ContactAdded;
import app.touchbase.contact.api.ContactArchived;
import app.touchbase.contact.api.ContactDetails;
import app.touchbase.contact.api.ContactDetailsChanged;
import app.touchbase.contact.api.ContactRestored;
import app.touchbase.contact.api.FactCorrected;
import app.touchbase.contact.api.FactRecorded;
import app.touchbase.contact.api.FactRemoved;
import app.touchbase.platform.axon.ReadModels;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.ne;
import static com.mongodb.client.model.Updates.addToSet;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.pull;
import static com.mongodb.client.model.Updates.pullByFilter;
import static com.mongodb.client.model.Updates.push;
import static com.mongodb.client.model.Updates.set;

/** The owner's address book: one document per contact with details, facts and archived flag. */
@Component
@ProcessingGroup(ReadModels.PROCESSING_GROUP)
public class ContactDirectoryProjection {

    static final String COLLECTION = "contact_directory";

    private final MongoCollection<ContactRow> contacts;

    public ContactDirectoryProjection(MongoDatabase touchbaseDatabase) {
        this.contacts = touchbaseDatabase.getCollection(COLLECTION, ContactRow.class);
        contacts.createIndex(Indexes.ascending("owner", "archived", "sortName", "_id"));
    }

    @EventHandler
    void on(ContactAdded event) {
        if (contacts.find(eq("_id", event.contactId())).first() == null) {
            contacts.insertOne(ContactRow.of(event));
        }
    }

    @EventHandler
    void on(ContactDetailsChanged event) {
        ContactDetails details = event.details();
        contacts.updateOne(eq("_id", event.contactId()), combine(
                set("details", ContactRow.Details.of(details)),
                set("searchText", ContactRow.searchText(details)),
                set("sortName", ContactRow.sortName(details))));
    }

    /** Only a contact that does not hold the fact yet gets it, so a repeated event adds nothing. */
    @EventHandler
    void on(FactRecorded event) {
        contacts.updateOne(and(eq("_id", event.contactId()), ne("facts.factId", event.factId())),
                push("facts", ContactRow.FactEntry.of(event)));
    }

    @EventHandler
    void on(FactCorrected event) {
        contacts.updateOne(and(eq("_id", event.contactId()), eq("facts.factId", event.factId())), combine(
                set("facts.$.topic", event.topic()), set("facts.$.text", event.text()), set("facts.$.about", event.about())));
    }

    @EventHandler
    void on(FactRemoved event) {
        contacts.updateOne(eq("_id", event.contactId()), pullByFilter(new Document("facts", new Document("factId", event.factId()))));
    }

    @EventHandler
    void on(CadenceSet event) {
        contacts.updateOne(eq("_id", event.contactId()), addToSet("ruleIds", KeepInTouchRule.CADENCE));
    }

    @EventHandler
    void on(CadenceCleared event) {
        contacts.updateOne(eq("_id", event.contactId()), pull("ruleIds", KeepInTouchRule.CADENCE));
    }

    @EventHandler
    void on(KeepInTouchRuleSet event) {
        contacts.updateOne(eq("_id", event.contactId()), addToSet("ruleIds", event.rule().ruleId()));
    }

    @EventHandler
    void on(KeepInTouchRuleCleared event) {
        if (event.ruleId().startsWith(KeepInTouchRule.CIRCLE_PREFIX)) {
            return; // a contact's own version of a circle's rule was dropped: the circle's rule is still there
        }
        contacts.updateOne(eq("_id", event.contactId()), pull("ruleIds", event.ruleId()));
    }

    @EventHandler
    void on(CircleRulesApplied event) {
        CircleRef circle = event.circle();
        changeCircles(event.contactId(), circle.circleId(), circles -> circles.add(circle),
                ruleIds -> event.rules().forEach(rule -> ruleIds.add(rule.ofCircle(circle).ruleId())));
    }

    @EventHandler
    void on(CircleRulesWithdrawn event) {
        changeCircles(event.contactId(), event.circleId(), circles -> { }, ruleIds -> { });
    }

    /**
     * Takes out what the contact had from the circle, then lets the adders put back what it has now; both lists are
     * kept sorted, so a redelivered event leaves them exactly as they were.
     */
    private void changeCircles(UUID contactId, UUID circleId, Consumer<List<CircleRef>> addCircle,
                               Consumer<List<String>> addRules) {
        ContactRow row = contacts.find(eq("_id", contactId)).first();
        if (row == null) {
            return;
        }
        List<CircleRef> circles = new ArrayList<>(row.circles() == null ? List.of() : row.circles());
        circles.removeIf(circle -> circle.circleId().equals(circleId));
        addCircle.accept(circles);
        circles.sort(Comparator.comparing(CircleRef::name, String.CASE_INSENSITIVE_ORDER).thenComparing(CircleRef::circleId));
        List<String> ruleIds = new ArrayList<>(row.ruleIds() == null ? List.of() : row.ruleIds());
        ruleIds.removeIf(ruleId -> ruleId.startsWith(KeepInTouchRule.circlePrefix(circleId)));
        addRules.accept(ruleIds);
        ruleIds.sort(Comparator.naturalOrder());
        contacts.updateOne(eq("_id", contactId), combine(set("circles", circles), set("ruleIds", ruleIds)));
    }

    @EventHandler
    void on(ContactArchived event) {
        setArchived(event.contactId(), true);
    }

    @EventHandler
    void on(ContactRestored event) {
        setArchived(event.contactId(), false);
    }

    @ResetHandler
    void reset() {
        contacts.deleteMany(new Document());
    }

    private void setArchived(UUID contactId, boolean archived) {
        contacts.updateOne(eq("_id", contactId), set("archived", archived));
    }
}
