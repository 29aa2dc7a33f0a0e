package app.touchbase.contact.read;

import app.touchbase.contact.api.AwaitedReplies;
import app.touchbase.contact.api.AwaitedReply;
import app.touchbase.contact.api.ContactPage;
import app.touchbase.contact.api.ContactProfile;
import app.touchbase.contact.api.ContactSummary;
import app.touchbase.contact.api.Fact;
import app.touchbase.contact.api.FetchContact;
import app.touchbase.contact.api.InteractionRecord;
import app.touchbase.contact.api.ListAllContacts;
import app.touchbase.contact.api.ListAwaitedReplies;
import app.touchbase.contact.api.ListLoggedTouches;
import app.touchbase.contact.api.ListTags;
import app.touchbase.contact.api.LoggedTouches;
import app.touchbase.contact.api.PhoneNumber;
import app.touchbase.contact.api.SearchContacts;
import app.touchbase.contact.api.TimelineEntry;
import app.touchbase.platform.mongo.CountByQuery;
import app.touchbase.platform.mongo.IdOrder;
import app.touchbase.shared.Inputs;
import app.touchbase.shared.OwnerZones;
import app.touchbase.shared.api.InvalidInputException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.elemMatch;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.nin;
import static com.mongodb.client.model.Filters.or;
import static com.mongodb.client.model.Filters.regex;
import static com.mongodb.client.model.Filters.size;

/** Answers questions about the owner's contacts; another owner's contacts are never found. */
@Component
public class ContactQueries {

    private final MongoCollection<ContactRow> contacts;
    private final MongoCollection<Document> cards;
    private final MongoCollection<InteractionRow> interactions;
    private final MergedAwayContacts mergedAway;
    private final MongoCollection<Document> timeline;
    private final OwnerZones zones;
    private final MongoDatabase database;

    public ContactQueries(MongoDatabase touchbaseDatabase, OwnerZones zones) {
        this.zones = zones;
        this.database = touchbaseDatabase;
        this.contacts = touchbaseDatabase.getCollection(ContactDirectoryProjection.COLLECTION, ContactRow.class);
        this.cards = contacts.withDocumentClass(Document.class);
        this.interactions = touchbaseDatabase.getCollection(InteractionHistoryProjection.COLLECTION, InteractionRow.class);
        this.mergedAway = new MergedAwayContacts(touchbaseDatabase);
        this.timeline = touchbaseDatabase.getCollection(ContactTimelineProjection.COLLECTION);
    }

    @QueryHandler
    public ContactPage handle(SearchContacts query) {
        Inputs.requireOwner(query.owner());
        if (query.offset() < 0) {
            throw new InvalidInputException("offset", "The page offset must not be negative.");
        }
        if (query.limit() < 1 || query.limit() > SearchContacts.MAX_PAGE) {
            throw new InvalidInputException("limit", "A page holds between 1 and " + SearchContacts.MAX_PAGE + " contacts.");
        }
        if (query.text() != null && query.text().strip().length() > SearchContacts.MAX_TEXT) {
            throw new InvalidInputException("text", "Search for at most " + SearchContacts.MAX_TEXT + " characters.");
        }
        List<Bson> filters = new ArrayList<>();
        filters.add(eq("owner", query.owner()));
        if (!query.includeArchived()) {
            filters.add(eq("archived", false));
        }
        if (query.tag() != null && !query.tag().isBlank()) {
            filters.add(eq("details.tags", query.tag().strip().toLowerCase(Locale.ROOT)));
        }
        if (query.circleId() != null) {
            filters.add(eq("circles.circleId", query.circleId()));
        }
        if (query.withoutRules()) {
            filters.add(or(exists("ruleIds", false), size("ruleIds", 0)));
        }
        Bson scope = and(filters);
        if (query.text() == null || query.text().isBlank()) {
            return pageOf(scope, query.offset(), query.limit());
        }
        return pageOf(query.owner(), contactsSaying(query.owner(), query.text(), scope, query.includeArchived()),
                query.offset(), query.limit());
    }

    private ContactPage pageOf(Bson filter, int offset, int limit) {
        List<ContactSummary> page = contacts.find(filter)
                .sort(Sorts.ascending("sortName", "_id"))
                .skip(offset)
                .limit(limit)
                .map(ContactRow::view)
                .into(new ArrayList<>());
        boolean lastPage = page.size() < limit && (offset == 0 || !page.isEmpty());
        return new ContactPage(page, lastPage ? offset + page.size() : CountByQuery.count(database, contacts, filter));
    }

    /** The page of the people found, read by id; the total counts each of them once. */
    private ContactPage pageOf(String owner, List<SortKey> found, int offset, int limit) {
        List<UUID> ids = found.stream().sorted().skip(offset).limit(limit).map(SortKey::contactId).toList();
        Map<UUID, ContactSummary> rows = new HashMap<>();
        if (!ids.isEmpty()) {
            contacts.find(and(in("_id", ids), eq("owner", owner))).forEach(row -> rows.put(row.contactId(), row.view()));
        }
        return new ContactPage(ids.stream().map(rows::get).filter(Objects::nonNull).toList(), found.size());
    }

    /**
     * The contacts in scope whose card says the text, and those whose touches' notes do, each read by what serves it
     * best: the cards through the index of their text, which reads only those that say it, and returns their sort keys;
     * the notes through their words' index; the page through the ids. One scan with the noted ids in an {@code $in}
     * beside the text compared every card with every id.
     */
    private List<SortKey> contactsSaying(String owner, String text, Bson scope, boolean includeArchived) {
        Bson saying = regex("searchText", searchedFor(owner, text));
        Set<SortKey> found = new HashSet<>();
        // one query for each state the index holds apart, so that the index reads only the cards that say the text
        for (boolean archived : includeArchived ? List.of(false, true) : List.of(false)) {
            found.addAll(sortKeys(and(scope, eq("archived", archived), saying)));
        }
        List<UUID> noted = contactsWhoseNotesSay(owner, text);
        if (!noted.isEmpty()) {
            found.addAll(sortKeys(and(in("_id", noted), scope)));
        }
        return new ArrayList<>(found);
    }

    /** The text as written, or, when it looks like a number, the digits of a phone that contain it. */
    private String searchedFor(String owner, String text) {
        Stream<String> phones = PhoneSearch.digitsFor(text, PhoneNumber.regionOf(zones.zoneOf(owner))).stream()
                .map(digits -> Pattern.quote(String.valueOf(ContactRow.PHONE_MARK)) + "[0-9]*" + Pattern.quote(digits));
        return Stream.concat(Stream.of(Pattern.quote(text.strip().toLowerCase(Locale.ROOT))), phones)
                .collect(Collectors.joining("|"));
    }

    private List<SortKey> sortKeys(Bson filter) {
        return cards.find(filter).projection(Projections.include("sortName"))
                .map(row -> new SortKey(row.getString("sortName"), row.get("_id", UUID.class)))
                .into(new ArrayList<>());
    }

    /** A page's order: by name, then by id, as the store sorts a page with no text searched. */
    private record SortKey(String sortName, UUID contactId) implements Comparable<SortKey> {

        private static final Comparator<SortKey> ORDER = Comparator
                .comparing(SortKey::sortName, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(SortKey::contactId, IdOrder.AS_STORED);

        @Override
        public int compareTo(SortKey other) {
            return ORDER.compare(this, other);
        }
    }

    /**
     * The contacts with a touch whose notes have, for each word searched for, a word that begins with it: read through
     * the index of the notes' words, so the cost follows the touches found, not the whole history.
     */
    private List<UUID> contactsWhoseNotesSay(String owner, String text) {
        List<String> words = NoteWords.searchedFor(text);
        if (words.isEmpty()) {
            return List.of();
        }
        List<Bson> filters = new ArrayList<>(List.of(eq("owner", owner)));
        // the longest word first: the index is read for the first one, the others are checked on what it finds
        words.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(word -> elemMatch("noteWords", new Document("$gte", word).append("$lt", NoteWords.after(word))))
                .forEach(filters::add);
        // each person once, in one reply, instead of a document for each of the touches found
        return interactions.distinct("contactId", and(filters), UUID.class).into(new ArrayList<>());
    }

    @QueryHandler
    public List<String> handle(ListTags query) {
        Inputs.requireOwner(query.owner());
        return contacts.distinct("details.tags", eq("owner", query.owner()), String.class).into(new ArrayList<>()).stream()
                .sorted().toList();
    }

    @QueryHandler
    public ContactPage handle(ListAllContacts query) {
        Inputs.requireOwner(query.owner());
        List<ContactSummary> all = contacts.find(eq("owner", query.owner()))
                .sort(Sorts.ascending("sortName", "_id"))
                .map(ContactRow::view)
                .into(new ArrayList<>());
        return new ContactPage(all, all.size());
    }

    @QueryHandler
    public Optional<ContactProfile> handle(FetchContact query) {
        Inputs.requireOwner(query.owner());
        Inputs.requirePresent(query.contactId(), "contactId", "The contact id");
        ContactRow contact = contacts.find(and(eq("_id", query.contactId()), eq("owner", query.owner()))).first();
        if (contact == null) {
            return Optional.empty();
        }
        List<Fact> facts = contact.facts().stream()
                .map(ContactRow.FactEntry::view)
                .sorted(Comparator.comparing(Fact::recordedAt).reversed())
                .toList();
        List<InteractionRecord> live = interactions.find(and(eq("contactId", query.contactId()), eq("owner", query.owner())))
                .sort(Sorts.descending("occurredOn", "loggedAt"))
                .map(InteractionRow::view)
                .into(new ArrayList<>());
        // the timeline stores the contact id as text
        List<TimelineEntry> history = timeline.find(and(eq("contactId", query.contactId().toString()), eq("owner", query.owner())))
                .sort(Sorts.descending("sequence"))
                .map(ContactTimelineProjection::entry)
                .into(new ArrayList<>());
        return Optional.of(new ContactProfile(contact.view(), facts, live, history));
    }

    @QueryHandler
    public AwaitedReplies handle(ListAwaitedReplies query) {
        Inputs.requireOwner(query.owner());
        List<InteractionRow> waiting = interactions.find(and(eq("owner", query.owner()), eq("awaitingReply", true)))
                .into(new ArrayList<>());
        Map<UUID, ContactRow> people = activeContacts(query.owner(), waiting.stream().map(InteractionRow::contactId).toList());
        return new AwaitedReplies(waiting.stream()
                .filter(touch -> people.containsKey(touch.contactId()))
                .map(touch -> new AwaitedReply(touch.contactId(), people.get(touch.contactId()).details().name(),
                        touch.interactionId(), touch.type(), touch.occurredOn(), touch.notes()))
                .sorted(Comparator.comparing(AwaitedReply::since).thenComparing(AwaitedReply::contactName)
                        .thenComparing(AwaitedReply::interactionId))
                .toList());
    }

    private Map<UUID, ContactRow> activeContacts(String owner, List<UUID> ids) {
        Map<UUID, ContactRow> found = new HashMap<>();
        if (!ids.isEmpty()) {
            contacts.find(and(in("_id", ids), eq("owner", owner), eq("archived", false)))
                    .forEach(row -> found.put(row.contactId(), row));
        }
        return found;
    }

    @QueryHandler
    public LoggedTouches handle(ListLoggedTouches query) {
        Inputs.requireOwner(query.owner());
        Inputs.requireStretch(query.from(), query.to(), ChronoUnit.DAYS, ListLoggedTouches.MAX_DAYS, "day", "days of touches");
        // a contact merged into another: the kept one holds copies of its touches, which count instead
        return new LoggedTouches(interactions.find(and(eq("owner", query.owner()),
                        gte("occurredOn", query.from()), lte("occurredOn", query.to()), nin("contactId", mergedAway.of(query.owner()))))
                .projection(Projections.exclude("notes", "noteWords"))
                .map(InteractionRow::touch)
                .into(new ArrayList<>()));
    }
}
