package app.touchbase.nexttouch.read;

import app.touchbase.cadence.api.CadenceSet;
import app.touchbase.cadence.api.TouchSnoozed;
import app.touchbase.contact.NextTouchState;
import app.touchbase.contact.api.ContactAdded;
import app.touchbase.contact.api.ContactArchived;
import app.touchbase.contact.api.ContactDetails;
import app.touchbase.contact.api.ContactDetailsChanged;
import app.touchbase.contact.api.ContactErased;
import app.touchbase.interaction.api.Direction;
import app.touchbase.interaction.api.InteractionCorrected;
import app.touchbase.interaction.api.InteractionLogged;
import app.touchbase.interaction.api.InteractionRemoved;
import app.touchbase.interaction.api.InteractionType;
import app.touchbase.nexttouch.api.DueTouches;
import app.touchbase.nexttouch.api.FetchNextTouch;
import app.touchbase.nexttouch.api.ListDueTouches;
import app.touchbase.nexttouch.api.ListNextTouches;
import app.touchbase.nexttouch.api.ListNextTouchesOf;
import app.touchbase.nexttouch.api.NextTouch;
import app.touchbase.nexttouch.api.TouchStatus;
import app.touchbase.platform.storage.MongoConfiguration;
import app.touchbase.platform.storage.MongoEndpoint;
import app.touchbase.platform.storage.StorageMode;
import app.touchbase.platform.storage.StorageProperties;
import app.touchbase.shared.api.ContactEvent;
import app.touchbase.shared.api.InvalidInputException;
import app.touchbase.support.MutableClock;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The projection and its queries against the embedded MongoDB, events handed in directly and the clock moved by hand. */
class NextTouchProjectionTest {

    static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    static final LocalDate DAY0 = LocalDate.of(2026, 3, 1);
    static final String OWNER = "ada";

    MongoEndpoint endpoint;
    MongoClient client;
    NextTouchProjection projection;
    NextTouchQueries queries;
    MutableClock clock = new MutableClock(T0);
    final Map<UUID, List<ContactEvent>> stored = new HashMap<>();
    int historyReads;

    /** Hands the event to the projection as the contact's next stored event, which its history then holds. */
    void fold(ContactEvent event) {
        List<ContactEvent> history = stored.computeIfAbsent(event.contactId(), id -> new ArrayList<>());
        history.add(event);
        if (event instanceof ContactErased erased) {
            projection.on(erased);
        } else {
            projection.on(event, new GenericDomainEventMessage<>("Contact", event.contactId().toString(), history.size() - 1, event));
        }
    }

    @BeforeEach
    void setUp() {
        endpoint = MongoEndpoint.start(new StorageProperties(StorageMode.EMBEDDED_MEMORY, null, null, "t", Duration.ofSeconds(10), null));
        client = MongoClients.create(MongoConfiguration.clientSettings(endpoint.connectionString()));
        MongoDatabase database = client.getDatabase("t");
        projection = new NextTouchProjection(database, (contactId, upTo) -> {
            historyReads++;
            return stored.get(contactId).subList(0, (int) upTo + 1).stream()
                    .reduce(NextTouchState.NONE, NextTouchState::after, (first, second) -> second);
        });
        queries = new NextTouchQueries(database, clock, owner -> ZoneOffset.UTC);
    }

    @AfterEach
    void tearDown() {
        client.close();
        endpoint.close();
    }

    UUID contact(String name, Period cadence) {
        UUID id = UUID.randomUUID();
        fold(new ContactAdded(id, OWNER, ContactDetails.named(name), T0));
        if (cadence != null) {
            fold(new CadenceSet(id, OWNER, cadence, DAY0, T0));
        }
        return id;
    }

    void touch(UUID contact, LocalDate on) {
        fold(new InteractionLogged(contact, OWNER, UUID.randomUUID(), InteractionType.CALL, on, Direction.NEUTRAL, null, T0));
    }

    @Test
    void theDueListIsSortedByUrgencyAndLeavesOutTheCalmTheArchivedAndOtherOwners() {
        UUID weekly = contact("Weekly", Period.ofWeeks(1));
        UUID monthly = contact("Monthly", Period.ofMonths(1));
        UUID yearly = contact("Yearly", Period.ofYears(1));
        contact("No cadence", null);
        UUID archived = contact("Archived", Period.ofDays(1));
        fold(new ContactArchived(archived, OWNER, T0));
        UUID snoozed = contact("Snoozed", Period.ofDays(2));
        fold(new TouchSnoozed(snoozed, OWNER, DAY0.plusDays(40), T0));
        fold(new ContactAdded(UUID.randomUUID(), "someone-else", ContactDetails.named("Theirs"), T0));

        clock.set(T0.plus(Duration.ofDays(28)));
        DueTouches due = queries.handle(new ListDueTouches(OWNER));

        assertThat(due.today()).isEqualTo(DAY0.plusDays(28));
        assertThat(due.touches()).extracting(NextTouch::name, NextTouch::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Weekly", TouchStatus.OVERDUE),
                org.assertj.core.groups.Tuple.tuple("Monthly", TouchStatus.DUE_SOON),
                org.assertj.core.groups.Tuple.tuple("Snoozed", TouchStatus.SNOOZED));
        assertThat(queries.handle(new FetchNextTouch(OWNER, yearly))).hasValueSatisfying(t -> assertThat(t.status()).isEqualTo(TouchStatus.OK));
        assertThat(queries.handle(new FetchNextTouch("someone-else", weekly))).isEmpty();

        touch(weekly, DAY0.plusDays(28));
        assertThat(queries.handle(new ListDueTouches(OWNER)).touches()).extracting(NextTouch::contactId)
                .containsExactly(monthly, snoozed);
    }

    @Test
    void theNextTouchesOfSomePeopleAreThoseTheFullListHoldsForThem() {
        UUID weekly = contact("Weekly", Period.ofWeeks(1));
        UUID yearly = contact("Yearly", Period.ofYears(1));
        UUID noCadence = contact("No cadence", null);
        UUID archived = contact("Archived", Period.ofDays(1));
        fold(new ContactArchived(archived, OWNER, T0));
        contact("Not asked for", Period.ofDays(3));
        clock.set(T0.plus(Duration.ofDays(28)));

        DueTouches some = queries.handle(new ListNextTouchesOf(OWNER, List.of(yearly, noCadence, archived, weekly, UUID.randomUUID())));

        assertThat(some.touches()).extracting(NextTouch::contactId).containsExactly(weekly, yearly);
        assertThat(some.touches()).isEqualTo(queries.handle(new ListNextTouches(OWNER)).touches().stream()
                .filter(touch -> touch.contactId().equals(weekly) || touch.contactId().equals(yearly)).toList());
        assertThat(queries.handle(new ListNextTouchesOf("someone-else", List.of(weekly, yearly))).touches()).isEmpty();
        assertThatThrownBy(() -> queries.handle(new ListNextTouchesOf(OWNER, Collections.nCopies(ListNextTouchesOf.MAX_CONTACTS + 1, weekly))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("at most " + ListNextTouchesOf.MAX_CONTACTS);
        assertThatThrownBy(() -> queries.handle(new ListNextTouchesOf(OWNER, null))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void handlingAnEventTwiceChangesNothing() {
        UUID id = contact("Twice", Period.ofWeeks(2));
        InteractionLogged once = new InteractionLogged(id, OWNER, UUID.randomUUID(), InteractionType.EMAIL,
                DAY0.plusDays(1), Direction.GAVE, null, T0);
        fold(once);
        NextTouch first = queries.handle(new FetchNextTouch(OWNER, id)).orElseThrow();
        fold(once);
        fold(new ContactAdded(id, OWNER, ContactDetails.named("Twice"), T0));
        assertThat(queries.handle(new FetchNextTouch(OWNER, id))).contains(first);
    }

    @Test
    void aRenameShowsInTheDueList() {
        UUID id = contact("Old name", Period.ofDays(1));
        fold(new ContactDetailsChanged(id, OWNER, ContactDetails.named("New name"), T0));
        clock.set(T0.plus(Duration.ofDays(2)));
        assertThat(queries.handle(new ListDueTouches(OWNER)).touches()).extracting(NextTouch::name).containsExactly("New name");
    }

    @Test
    void todayIsTheOwnersToday() {
        UUID id = contact("Far east", Period.ofWeeks(1));
        queries = new NextTouchQueries(projectionDatabase(), clock, owner -> ZoneId.of("Pacific/Kiritimati"));
        clock.set(DAY0.plusDays(7).atStartOfDay(ZoneOffset.ofHours(14)).toInstant());
        assertThat(queries.handle(new FetchNextTouch(OWNER, id)).orElseThrow().status())
                .as("already the due day in Kiritimati, still the day before in UTC").isEqualTo(TouchStatus.DUE);
        queries = new NextTouchQueries(projectionDatabase(), clock, owner -> ZoneOffset.UTC);
        assertThat(queries.handle(new FetchNextTouch(OWNER, id)).orElseThrow().status()).isEqualTo(TouchStatus.DUE_SOON);
    }

    @Test
    void anArchivedContactReadsArchived() {
        UUID id = contact("Gone", Period.ofDays(1));
        fold(new ContactArchived(id, OWNER, T0));
        assertThat(queries.handle(new FetchNextTouch(OWNER, id)).orElseThrow().status()).isEqualTo(TouchStatus.ARCHIVED);
    }

    @Test
    void aContactsDocumentKeepsTheLatestTouchOfEachKindAndARemovalBringsBackTheOneBefore() {
        UUID id = contact("Many touches", Period.ofMonths(1));
        List<UUID> calls = new ArrayList<>();
        for (int day = 1; day <= 30; day++) {
            UUID call = UUID.randomUUID();
            calls.add(call);
            fold(new InteractionLogged(id, OWNER, call, InteractionType.CALL, DAY0.plusDays(day), Direction.NEUTRAL, null, T0));
            fold(new InteractionLogged(id, OWNER, UUID.randomUUID(), InteractionType.EMAIL, DAY0.minusDays(day),
                    Direction.NEUTRAL, null, T0));
        }
        assertThat(storedTouches(id)).as("one call and one email, not sixty touches").hasSize(2);
        assertThat(lastTouchOn(id)).isEqualTo(DAY0.plusDays(30));

        fold(new InteractionRemoved(id, OWNER, calls.get(10), T0));
        assertThat(historyReads).as("an older call leaves the kept ones as they are").isZero();
        fold(new InteractionRemoved(id, OWNER, calls.get(29), T0));
        assertThat(historyReads).as("the latest call's removal reads the contact's history").isEqualTo(1);
        assertThat(lastTouchOn(id)).isEqualTo(DAY0.plusDays(29));
        fold(new InteractionCorrected(id, OWNER, calls.get(28), InteractionType.CALL, DAY0.minusDays(40), Direction.NEUTRAL,
                null, T0));
        assertThat(lastTouchOn(id)).as("moved before every other call").isEqualTo(DAY0.plusDays(28));
        assertThat(storedTouches(id)).hasSize(2);
    }

    Document storedTouches(UUID id) {
        return projectionDatabase().getCollection(NextTouchProjection.COLLECTION).find(eq("_id", id)).first()
                .get("touches", Document.class);
    }

    LocalDate lastTouchOn(UUID id) {
        return queries.handle(new FetchNextTouch(OWNER, id)).orElseThrow().lastTouchOn();
    }

    MongoDatabase projectionDatabase() {
        return client.getDatabase("t");
    }
}
