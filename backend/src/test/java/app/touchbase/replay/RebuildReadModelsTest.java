package app.touchbase.replay;

import app.touchbase.cadence.api.ClearCadence;
import app.touchbase.cadence.api.SnoozeTouch;
import app.touchbase.contact.api.ArchiveContact;
import app.touchbase.contact.api.ContactDetails;
import app.touchbase.contact.api.RecordFact;
import app.touchbase.contact.api.RestoreContact;
import app.touchbase.contact.api.UpdateContactDetails;
import app.touchbase.interaction.api.CorrectInteraction;
import app.touchbase.interaction.api.Direction;
import app.touchbase.interaction.api.InteractionType;
import app.touchbase.interaction.api.RemoveInteraction;
import app.touchbase.replay.api.FetchReadModelStatus;
import app.touchbase.replay.api.ReadModelStatus;
import app.touchbase.replay.api.RebuildReadModels;
import app.touchbase.support.IntegrationTest;
import app.touchbase.support.MutableClock;
import app.touchbase.support.Touchbase;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@IntegrationTest
class RebuildReadModelsTest {

    static final List<String> READ_MODELS = List.of("contact_directory", "contact_interactions", "contact_timeline", "next_touch");

    @Autowired
    Touchbase touchbase;
    @Autowired
    MutableClock clock;
    @Autowired
    MongoDatabase database;

    @Test
    void aRebuildFromTheEventsGivesTheSameReadModelsAsLiveProcessing() {
        List<UUID> contacts = recordAVariedHistory();
        // one processor applies events in order: once the last one shows, every earlier one has been applied
        await().untilAsserted(() -> assertThat(touchbase.contact(ownerOf, contacts.get(contacts.size() - 1)))
                .hasValueSatisfying(profile -> assertThat(profile.interactions()).anySatisfy(i -> assertThat(i.corrected()).isTrue())));
        Map<String, List<Document>> live = snapshot();
        assertThat(live.get("contact_timeline")).hasSizeGreaterThan(40);

        // damage the read models, so only a real rebuild from events can restore them
        assertThat(database.getCollection("next_touch").deleteOne(eq("_id", contacts.get(0))).getDeletedCount()).isOne();
        assertThat(database.getCollection("contact_directory").updateOne(eq("_id", contacts.get(1)), set("details.name", "Wrong"))
                .getModifiedCount()).isOne();
        assertThat(database.getCollection("contact_timeline").deleteMany(new Document("contactId", contacts.get(2).toString()))
                .getDeletedCount()).isPositive();
        assertThat(snapshot()).isNotEqualTo(live);

        List<String> rebuilt = touchbase.send(new RebuildReadModels());
        assertThat(rebuilt).containsExactly("read-models");

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(allCaughtUp()).isTrue();
            assertThat(snapshot()).isEqualTo(live);
        });
    }

    String ownerOf;

    private List<UUID> recordAVariedHistory() {
        ownerOf = Touchbase.newOwner();
        String other = Touchbase.newOwner();
        LocalDate now = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        List<UUID> contacts = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String owner = i % 3 == 0 ? other : ownerOf;
            UUID contact = touchbase.addContact(owner, ContactDetails.named("Person " + i).withTags("t" + (i % 2)));
            touchbase.setCadence(owner, contact, Period.ofWeeks(1 + i));
            UUID first = touchbase.logInteraction(owner, contact, InteractionType.CALL, now.minusDays(3 + i));
            UUID second = touchbase.logInteraction(owner, contact, InteractionType.EMAIL, now.minusDays(30));
            touchbase.send(new CorrectInteraction(contact, owner, first, InteractionType.MEETING, now.minusDays(1),
                    Direction.GAVE, "Introduced to a recruiter"));
            if (i % 2 == 0) {
                touchbase.send(new RemoveInteraction(contact, owner, second));
                touchbase.send(new SnoozeTouch(contact, owner, now.plusDays(40)));
            }
            if (i % 4 == 1) {
                touchbase.send(new ClearCadence(contact, owner));
                touchbase.send(new UpdateContactDetails(contact, owner, ContactDetails.named("Renamed " + i).withCompany("Acme", "CTO")));
                touchbase.send(new RecordFact(contact, owner, UUID.randomUUID(), "Kids", "Two daughters", null));
            }
            if (i == 5) {
                touchbase.send(new ArchiveContact(contact, owner));
                touchbase.send(new RestoreContact(contact, owner));
                touchbase.send(new ArchiveContact(contact, owner));
            }
            contacts.add(contact);
        }
        return contacts;
    }

    private boolean allCaughtUp() {
        return touchbase.query(new FetchReadModelStatus(), ReadModelStatus.class).allCaughtUp();
    }

    private Map<String, List<Document>> snapshot() {
        Map<String, List<Document>> snapshot = new LinkedHashMap<>();
        for (String collection : READ_MODELS) {
            snapshot.put(collection, database.getCollection(collection).find().sort(new Document("_id", 1)).into(new ArrayList<>()));
        }
        return snapshot;
    }
}
