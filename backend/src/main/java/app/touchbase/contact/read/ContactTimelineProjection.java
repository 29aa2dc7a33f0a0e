package app.touchbase.contact.read;

import app.touchbase.cadence.api.CadenceCleared;
import app.touchbase.cadence.api.CadencePreset;
import app.touchbase.cadence.api.CadenceSet;
import app.touchbase.cadence.api.CircleRulesApplied;
import app.touchbase.cadence.api.CircleRulesWithdrawn;
import app.touchbase.cadence.api.KeepInTouchRule;
import app.touchbase.cadence.api.KeepInTouchRuleCleared;
import app.touchbase.cadence.api.KeepInTouchRuleSet;
import app.touchbase.cadence.api.SnoozeStopped;
import app.touchbase.cadence.api.TouchSnoozed;
import app.touchbase.contact.DetailsChanges;
import app.touchbase.contact.api.ContactAdded;
import app.touchbase.contact.api.ContactArchived;
import app.touchbase.contact.api.ContactDetails;
import app.touchbase.contact.api.ContactDetailsChanged;
import app.touchbase.contact.api.ContactErased;
import app.touchbase.contact.api.ContactMergedInto;
import app.touchbase.contact.api.ContactRestored;
import app.touchbase.contact.api.ContactUnmerged;
import app.touchbase.contact.api.DuplicateMergeUndone;
import app.touchbase.contact.api.DuplicateMergedIn;
import app.touchbase.contact.api.FactCorrected;
import app.touchbase.contact.api.FactRecorded;
import app.touchbase.contact.api.FactRemoved;
import app.touchbase.contact.api.TimelineEntry;
import app.touchbase.contact.api.TimelineKind;
import app.touchbase.followup.api.FollowUpAdded;
import app.touchbase.followup.api.FollowUpChanged;
import app.touchbase.followup.api.FollowUpCompleted;
import app.touchbase.followup.api.FollowUpRemoved;
import app.touchbase.importantdate.api.ImportantDateAdded;
import app.touchbase.importantdate.api.ImportantDateChanged;
import app.touchbase.importantdate.api.ImportantDateRemoved;
import app.touchbase.interaction.api.Direction;
import app.touchbase.interaction.api.InteractionCorrected;
import app.touchbase.interaction.api.InteractionLogged;
import app.touchbase.interaction.api.InteractionRemoved;
import app.touchbase.interaction.api.InteractionType;
import app.touchbase.interaction.api.ReplyAwaited;
import app.touchbase.interaction.api.ReplyReceived;
import app.touchbase.interaction.api.TouchTextErased;
import app.touchbase.platform.axon.ReadModels;
import app.touchbase.platform.mongo.BsonTime;
import app.touchbase.platform.readmodel.ReadModelCollection;
import app.touchbase.reminder.api.ReminderSent;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;

/** Everything that happened to a contact, one readable entry per event, keyed by the event's id (so replays are idempotent). */
@Component
@ProcessingGroup(ReadModels.PROCESSING_GROUP)
public class ContactTimelineProjection {

    static final String COLLECTION = "contact_timeline";
    private static final String KEPT_DETAILS = "details";

    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);

    private final ReadModelCollection<Document> timeline;

    public ContactTimelineProjection(MongoDatabase touchbaseDatabase) {
        this.timeline = ReadModelCollection.of(touchbaseDatabase, COLLECTION);
        timeline.stored().createIndex(Indexes.ascending("contactId", "interactionId"));
    }

    @EventHandler
    void on(ContactAdded event, @MessageIdentifier String eventId, @SequenceNumber Long sequence) {
        saveKeepingDetails(eventId, event.contactId(), event.owner(), sequence,
                new TimelineEntry(eventId, sequence, TimelineKind.CONTACT_ADDED, "Added " + event.details().name(),
                        describe(event.details()), null, event.addedAt()), event.details());
    }

    static final String PHONES_READ_AGAIN = "phone numbers read again for your country";

    /**
     * Says what changed, compared with the details the entry before this one (by sequence) kept: the same answer
     * however often the event is delivered.
     */
    @EventHandler
    void on(ContactDetailsChanged event, @MessageIdentifier String eventId, @SequenceNumber Long sequence) {
        Document previous = timeline.findFirst(and(eq("contactId", event.contactId().toString()),
                        in("kind", TimelineKind.CONTACT_ADDED.name(), TimelineKind.DETAILS_CHANGED.name()), lt("sequence", sequence),
                        exists(KEPT_DETAILS, true)), Sorts.descending("sequence")).orElse(null);
        String changes = previous == null ? describe(event.details())
                : DetailsChanges.between(DetailsChanges.read(previous.get(KEPT_DETAILS, Document.class)), event.details());
        // details saved unchanged are recorded again only when their phones were read anew (in the owner's region)
        saveKeepingDetails(eventId, event.contactId(), event.owner(), sequence,
                new TimelineEntry(eventId, sequence, TimelineKind.DETAILS_CHANGED, "Updated the details",
                        changes == null ? PHONES_READ_AGAIN : changes, null,
                        event.changedAt()), event.details());
    }

    /**
     * The entry and the details the next change is compared with, written whole at once: a write by operators
     * between whole writes would split the batch's bulk write into one request per added contact.
     */
    private void saveKeepingDetails(String eventId, UUID contactId, String owner, long sequence, TimelineEntry entry,
                                    ContactDetails details) {
        timeline.put(row(eventId, contactId, owner, sequence, null, entry).append(KEPT_DETAILS, DetailsChanges.stored(details)));
    }

    @EventHandler
    void on(FactRecorded event, @MessageIdentifier String eventId, @SequenceNumber Long sequence) {
        String summary = event.topic() == null ? "Noted something" : "Noted: " + event.topic();
        save(eventId, event.contactId(), event.owner(), sequence, null,
                new TimelineEntry(eventId, sequence, TimelineKind.FACT_RECORDED, summary, event.text(), event.about(), event.recordedAt()));
    }

    @EventHandler
    void on(FactCorrected event, @MessageIdentifier String eventId, @SequenceNumber Long sequence) {
        save(eventId, event.contactId(), event.owner(), sequence, null,
                new TimelineEntry(eventId, sequence, TimelineKind.FACT_CORRECTED,
                        "Corrected what to remember" + (event.topic() == null ? "" : ": " + event.topic()), event.text(),
                        event.about(), event.correctedAt()));
    }

    @EventHandler
    void on(FactRemoved event, @MessageIdentifier String eventId, @SequenceNumber Long sequence) {
        save(eventId, event.contactId(), event.owner(), sequence, null,
                new TimelineEntry(eventId, sequence, TimelineKind.FACT_REMOVED, "Removed something to remember", null, null,
                        event.removedAt()));
    }

    @EventHandler
    void on(InteractionLogged event, @MessageIdentifier String eventId, @SequenceNumber Long sequence) {
        save(eventId, event.contactId(), event.owner(), sequence, event.interactionId(),
                new TimelineEntry(eventId, sequence, TimelineKind.INTERACTION_LOGGED,
                        describe(event.type(), event.direction()), event.notes(), event.occurredOn(), event.loggedAt()));
    }

    @EventHandler
    void on(InteractionCorrected event, @MessageIdentifier String eventId, @SequenceNumber Long sequence) {
        save(eventId, event.contactId(), event.owner(), sequence, event.interactionId(),
                new TimelineEntry(eventId, sequence, TimelineKind.INTERACTION_CORRECTED,
                        "Corrected: " + describe(event.type(), event.direction()), event.notes(), event.occurredOn(),
                        event.correctedAt()));
    }

    @EventHandler
    void on(InteractionRemoved event, @MessageIdentifier String eventId, @SequenceNumber Long sequence) {
        // only entries older than this event: on redelivery the removal's own entry is already there
        Document latest = timeline.findFirst(and(eq("contactId", event.contactId().toString()),
                        eq("interactionId", event.interactionId().toString()),
                        in("kind", TimelineKind.INTERACTION_LOGGED.name(), TimelineKind.INTERACTION_CORRECTED.name()),
                        lt("sequence", sequence)), Sorts.descending("sequence")).orElse(null);
        String what = latest == null ? "an interaction" : latest.getString("summary").replaceFirst("^Corrected: ", "");
        save(eventId, event.contactId(), event.owner(), sequence, event.interactionId(),
                new TimelineEntry(eventId, sequence, TimelineKind.INTERACTION_REMOVED, "Removed " + what, null,
                        latest == null ? null : BsonTime.day(latest.getString("on")), event.removedAt()));
    }

    @EventHandler
    void on(CadenceSet event, @MessageIdentifier String eventId, @SequenceNumber Long sequence) {
        save(eventId, event.contactId(), event.owner(), sequence, null,
                new TimelineEntry(eventId, sequence, TimelineKind.CADENCE_SET,
                        "Keep in touch " + CadencePreset.describe(event.every()), null, null, event.setAt()));
    }

    @EventHandler
    void on(CadenceCleared event, @MessageIdentifier String eventId, @SequenceNumber Long sequence) {
        save(eventId, event.contactId(), event.owner(), sequence, null,
                new TimelineEntry(eventId, sequence, TimelineKind.CADENCE_CLEARED, "Stopped the cadence", null, null,
                        event.clearedAt()));
    }

    @EventHandler
    void on(KeepInTouchRuleSet event, @MessageIdentifier String eventId, @SequenceNumber Long sequence) {
        save(eventId, event.contactId(), event.owner(), sequence, null,
                new TimelineEntry(eventId, sequence, TimelineKind.RULE_SET, (event.rule().fromCircle() ? "Changed for this contact: " : "")
                        + event.rule().label() + ": " + event.rule().describe(), null, null, event.setAt()));
    }

    @EventHandler
    void on(KeepInTouchRuleCleared event, @MessageIdentifier String eventId, @SequenceNumber Long sequence) {
        save(eventId, event.contactId(), event.owner(), sequence, null,
                new TimelineEntry(eventId, sequence, TimelineKind.RULE_CLEARED,
                        event.ruleId().startsWith(KeepInTouchRule.CIRCLE_PREFIX) ? "Back to the circle's rule" : "Removed a rule",
                        null, null, event.clearedAt()));
    }

    @EventHandler
    void on(CircleRulesApplied event, @MessageIdentifier String eventId, @SequenceNumber Long sequence) {
        String rules = event.rules().isEmpty() ? "no rule yet"
                : event.rules().stream().map(rule -> rule.label() + ": " + rule.describe()).collect(Collectors.joining("; "));
        save(eventId, event.contactId(), event.owner(), sequence, null,
                new TimelineEntry(eventId, sequence, TimelineKind.CIRCLE_RULES_APPLIED, "In the circle " + event.circle().name(),
                        rules, null, event.appliedAt()));
    }

    @EventHandler
    void on(CircleRulesWithdrawn event, @MessageIdentifier String eventId, @SequenceNumber Long sequence) {
        save(eventId, event.contactId(), event.owner(), sequence, null,
                new TimelineEntry(eventId, sequence, TimelineKind.CIRCLE_LEFT, "Out of a circle: its rules no longer apply",
                        null, null, event.withdrawnAt()));
    }

    @EventHandler
    void on(SnoozeStopped event, @MessageIdentifier String eventId, @SequenceNumber Long sequence) {
        save(eventId, event.contactId(), event.owner(), sequence, null,
                new TimelineEntry(eventId, sequence, TimelineKind.SNOOZE_STOPPED, "Stopped snoozing", null, null, event.stoppedAt()));
    }

    @EventHandler
    void on(TouchSnoozed event, @MessageIdentifier String eventId, @SequenceNumber Long sequence) {
        save(eventId, event.contactId(), event.owner(), sequence, null,
                new TimelineEntry(eventId, sequence, TimelineKind.TOUCH_SNOOZED,
                        event.ruleId() == null ? "Snoozed the next touch" : "Snoozed one rule's next touch", null,
                        event.until(), event.snoozedAt()));
    }

    @EventHandler
    void on(ContactArchived event, @MessageIdentifier String eventId, @SequenceNumber Long sequence) {
        save(eventId, event.contactId(), event.owner(), sequence, null,
                new TimelineEntry(eventId, sequence, TimelineKind.ARCHIVED, "Archived", null, null, event.archivedAt()));
    }

    @EventHandler
    void on(ContactRestored event, @MessageIdentifier String eventId, @SequenceNumber Long sequence) {
        save(eventId, event.contactId(), event.owner(), sequence, null,
                new TimelineEntry(eventId, sequence, TimelineKind.RESTORED, "Restored from the archive", null, null,
                        event.restoredAt()));
    }

    @EventHandler
    void on(ContactMergedInto event, @MessageIdentifier String eventId, @SequenceNumber Long sequence) {
        save(eventId, event.contactId(), event.owner(), sequence, null,
                new TimelineEntry(eventId, sequence, TimelineKind.MERGED_INTO, "Merged into another contact",
                        "what was recorded here stays here", null, event.mergedAt()));
    }

    @EventHandler
    void on(ContactUnmerged event, @MessageIdentifier String eventId, @SequenceNumber Long sequence) {
        save(eventId, event.contactId(), event.owner(), sequence, null,
                new TimelineEntry(eventId, sequence, TimelineKind.UNMERGED, "The merge into another contact was undone", null,
                        null, event.undoneAt()));
    }

    @EventHandler
    void on(DuplicateMergedIn event, @MessageIdentifier String eventId, @SequenceNumber Long sequence) {
        save(eventId, event.contactId(), event.owner(), sequence, null,
                new TimelineEntry(eventId, sequence, TimelineKind.DUPLICATE_MERGED_IN, "A duplicate was merged in",
                        movedItems(event), null, event.mergedAt()));
    }

    @EventHandler
    void on(DuplicateMergeUndone event, @MessageIdentifier String eventId, @SequenceNumber Long sequence) {
        save(eventId, event.contactId(), event.owner(), sequence, null,
                new TimelineEntry(eventId, sequence, TimelineKind.DUPLICATE_MERGE_UNDONE, "The merge of a duplicate was undone",
                        "what it brought was taken out again", null, event.undoneAt()));
    }

    /** "3 touches, 1 fact, 1 promise" */
    private static String movedItems(DuplicateMergedIn event) {
        List<String> parts = new ArrayList<>();
        count(parts, event.interactionIds().size(), "touch", "touches");
        count(parts, event.factIds().size(), "fact", "facts");
        count(parts, event.dateIds().size(), "date", "dates");
        count(parts, event.followUpIds().size(), "promise", "promises");
        count(parts, event.ruleIds().size(), "rule", "rules");
        count(parts, event.circleIds().size(), "circle", "circles");
        return parts.isEmpty() ? "nothing to move over" : String.join(", ", parts);
    }

    private static void count(List<String> parts, int count, String one, String many) {
        if (count > 0) {
            parts.add(count + " " + (count == 1 ? one : many));
        }
    }

    @EventHandler
    void on(ImportantDateAdded event, @MessageIdentifier String eventId, @SequenceNumber Long sequence) {
        String day = event.day().format(DAY_MONTH) + (event.year() == null ? "" : " " + event.year());
        save(eventId, event.contactId(), event.owner(), sequence, null,
                new TimelineEntry(eventId, sequence, TimelineKind.IMPORTANT_DATE_ADDED, "Added a date: " + event.label(),
                        day, null, event.addedAt()));
    }

    @EventHandler
    void on(ImportantDateChanged event, @MessageIdentifier String eventId, @SequenceNumber Long sequence) {
        String day = event.day().format(DAY_MONTH) + (event.year() == null ? "" : " " + event.year());
        save(eventId, event.contactId(), event.owner(), sequence, null,
                new TimelineEntry(eventId, sequence, TimelineKind.IMPORTANT_DATE_CHANGED, "Changed a date: " + event.label(),
                        day, null, event.changedAt()));
    }

    @EventHandler
    void on(ImportantDateRemoved event, @MessageIdentifier String eventId, @SequenceNumber Long sequence) {
        save(eventId, event.contactId(), event.owner(), sequence, null,
                new TimelineEntry(eventId, sequence, TimelineKind.IMPORTANT_DATE_REMOVED, "Removed a date", null, null,
                        event.removedAt()));
    }

    @EventHandler
    void on(FollowUpAdded event, @MessageIdentifier String eventId, @SequenceNumber Long sequence) {
        save(eventId, event.contactId(), event.owner(), sequence, null,
                new TimelineEntry(eventId, sequence, TimelineKind.FOLLOW_UP_ADDED, "Promised: " + event.text(),
                        "Due " + event.dueOn(), null, event.addedAt()));
    }

    @EventHandler
    void on(FollowUpChanged event, @MessageIdentifier String eventId, @SequenceNumber Long sequence) {
        save(eventId, event.contactId(), event.owner(), sequence, null,
                new TimelineEntry(eventId, sequence, TimelineKind.FOLLOW_UP_CHANGED, "Changed a promise: " + event.text(),
                        "Due " + event.dueOn(), null, event.changedAt()));
    }

    @EventHandler
    void on(FollowUpRemoved event, @MessageIdentifier String eventId, @SequenceNumber Long sequence) {
        save(eventId, event.contactId(), event.owner(), sequence, null,
                new TimelineEntry(eventId, sequence, TimelineKind.FOLLOW_UP_REMOVED, "Took back a promise", null, null,
                        event.removedAt()));
    }

    @EventHandler
    void on(FollowUpCompleted event, @MessageIdentifier String eventId, @SequenceNumber Long sequence) {
        save(eventId, event.contactId(), event.owner(), sequence, null,
                new TimelineEntry(eventId, sequence, TimelineKind.FOLLOW_UP_COMPLETED, "Kept a promise", null, null,
                        event.completedAt()));
    }

    @EventHandler
    void on(ReplyAwaited event, @MessageIdentifier String eventId, @SequenceNumber Long sequence) {
        save(eventId, event.contactId(), event.owner(), sequence, null,
                new TimelineEntry(eventId, sequence, TimelineKind.REPLY_AWAITED, "Waiting for their reply", null, null,
                        event.recordedAt()));
    }

    @EventHandler
    void on(ReplyReceived event, @MessageIdentifier String eventId, @SequenceNumber Long sequence) {
        save(eventId, event.contactId(), event.owner(), sequence, null,
                new TimelineEntry(eventId, sequence, TimelineKind.REPLY_RECEIVED, "They replied", null, null,
                        event.recordedAt()));
    }

    @EventHandler
    void on(ReminderSent event, @MessageIdentifier String eventId, @SequenceNumber Long sequence) {
        save(eventId, event.contactId(), event.owner(), sequence, null,
                new TimelineEntry(eventId, sequence, TimelineKind.REMINDER_SENT, "Reminder mailed",
                        "to " + event.sentTo(), null, event.sentAt()));
    }

    @EventHandler
    void on(ContactErased event) {
        timeline.deleteMany(eq("contactId", event.contactId().toString()));
    }

    /** Entries that quoted the touch's note quote nothing any more. */
    @EventHandler
    void on(TouchTextErased event) {
        timeline.updateMany(and(eq("contactId", event.contactId().toString()), eq("interactionId", event.interactionId().toString())),
                Updates.set("detail", null));
    }

    @ResetHandler
    void reset() {
        timeline.deleteMany(new Document());
    }

    private void save(String eventId, UUID contactId, String owner, long sequence, UUID interactionId, TimelineEntry entry) {
        timeline.put(row(eventId, contactId, owner, sequence, interactionId, entry));
    }

    private static Document row(String eventId, UUID contactId, String owner, long sequence, UUID interactionId, TimelineEntry entry) {
        return new Document("_id", eventId)
                .append("contactId", contactId.toString())
                .append("owner", owner)
                .append("sequence", sequence)
                .append("interactionId", interactionId == null ? null : interactionId.toString())
                .append("kind", entry.kind().name())
                .append("summary", entry.summary())
                .append("detail", entry.detail())
                .append("on", BsonTime.day(entry.on()))
                .append("recordedAt", BsonTime.date(entry.recordedAt()));
    }

    static TimelineEntry entry(Document doc) {
        return new TimelineEntry(doc.getString("_id"), doc.getLong("sequence"), TimelineKind.valueOf(doc.getString("kind")),
                doc.getString("summary"), doc.getString("detail"), BsonTime.day(doc.getString("on")),
                BsonTime.instant(doc.getDate("recordedAt")));
    }

    private static String describe(InteractionType type, Direction direction) {
        return direction == Direction.NEUTRAL ? type.label() : type.label() + " (" + direction.label().toLowerCase() + ")";
    }

    private static String describe(ContactDetails details) {
        String work = Stream.of(details.role(), details.company()).filter(Objects::nonNull).collect(Collectors.joining(" at "));
        return Stream.concat(Stream.of(details.name(), work.isEmpty() ? null : work), details.emails().stream())
                .filter(Objects::nonNull)
                .collect(Collectors.joining(" · "));
    }
}
