package app.touchbase.contact.read;

import app.touchbase.contact.api.ContactAdded;
import app.touchbase.contact.api.ContactDetails;
import app.touchbase.contact.api.ContactPage;
import app.touchbase.contact.api.SearchContacts;
import app.touchbase.interaction.api.Direction;
import app.touchbase.interaction.api.InteractionCorrected;
import app.touchbase.interaction.api.InteractionLogged;
import app.touchbase.interaction.api.InteractionType;
import app.touchbase.interaction.api.TouchTextErased;
import app.touchbase.support.EmbeddedReadModels;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The contact search finds people by what their touches' notes say, through the read models on the embedded server. */
class NotesSearchTest {

    static final Instant AT = Instant.parse("2026-03-01T10:00:00Z");
    static final LocalDate DAY = LocalDate.of(2026, 2, 27);

    final EmbeddedReadModels mongo = new EmbeddedReadModels();
    final ContactDirectoryProjection contacts = new ContactDirectoryProjection(mongo.database());
    final InteractionHistoryProjection touches = new InteractionHistoryProjection(mongo.database());
    final ContactQueries queries = new ContactQueries(mongo.database(), owner -> ZoneId.of("Europe/Lisbon"));

    @AfterEach
    void close() {
        mongo.close();
    }

    @Test
    void aContactIsFoundByTheBeginningsOfWordsOfOneTouchsNotesInAnyOrder() {
        UUID ada = added("me", "Ada Lovelace");
        UUID bob = added("me", "Bob Byte");
        touched("me", ada, "Her twins start school in Lisbon");
        touched("me", ada, "Asked about the engine");
        touched("me", bob, "Job search: fintech, maybe Berlin");

        assertThat(found("me", "lis")).containsExactly("Ada Lovelace");
        assertThat(found("me", "SCHOOL  twin")).containsExactly("Ada Lovelace");
        assertThat(found("me", "berlin, job")).containsExactly("Bob Byte");
        assertThat(found("me", "win")).as("a word is found by its beginning").isEmpty();
        assertThat(found("me", "twins engine")).as("all words in the notes of one touch").isEmpty();
    }

    @Test
    void scriptsWrittenWithoutSpacesAreFoundAnywhereInARun() {
        UUID tanaka = added("me", "田中 太郎");
        touched("me", tanaka, "田中さんとコーヒーを飲んだ。転職を考えている");

        assertThat(found("me", "コーヒー")).containsExactly("田中 太郎");
        assertThat(found("me", "飲ん")).containsExactly("田中 太郎");
        assertThat(found("me", "転職 コーヒー")).containsExactly("田中 太郎");
        assertThat(found("me", "紅茶")).isEmpty();
    }

    @Test
    void anotherOwnersNotesAreNeverFound() {
        UUID ada = added("me", "Ada Lovelace");
        UUID grace = added("someone-else", "Grace Hopper");
        touched("me", ada, "Moving to Lisbon");
        touched("someone-else", grace, "Moving to Lisbon too");

        assertThat(found("me", "lisbon")).containsExactly("Ada Lovelace");
        assertThat(found("someone-else", "lisbon")).containsExactly("Grace Hopper");
        assertThat(found("me", "too")).isEmpty();
    }

    @Test
    void correctedAndErasedNotesAreFoundByWhatTheySayNow() {
        UUID ada = added("me", "Ada Lovelace");
        UUID touch = touched("me", ada, "Moving to Lisbon");
        touches.on(new InteractionCorrected(ada, "me", touch, InteractionType.CALL, DAY, Direction.GAVE, "Moved to Porto after all",
                AT.plusSeconds(60)));
        assertThat(found("me", "lisbon")).isEmpty();
        assertThat(found("me", "porto")).containsExactly("Ada Lovelace");

        touches.on(new TouchTextErased(ada, "me", touch, AT.plusSeconds(120)));
        assertThat(found("me", "porto")).isEmpty();
        assertThat(mongo.stored(InteractionHistoryProjection.COLLECTION, touch)).doesNotContainKeys("notes", "noteWords");
    }

    @Test
    void peopleFoundByTheirCardOrTheirNotesArePagedByNameAndCountedOnce() {
        UUID ada = added("me", ContactDetails.named("Ada Lovelace").withCompany("Lisbon Labs", "Engineer"));
        UUID bob = added("me", "Bob Byte");
        added("me", ContactDetails.named("Carl Gauss").withCompany("Lisbon Maths", "Professor"));
        added("me", "Dora Dot");
        touched("me", ada, "Moving to Lisbon");
        touched("me", bob, "Lisbon in May");

        ContactPage first = queries.handle(new SearchContacts("me", "lisbon", null, false, 0, 2));
        ContactPage second = queries.handle(new SearchContacts("me", "lisbon", null, false, 2, 2));
        ContactPage past = queries.handle(new SearchContacts("me", "lisbon", null, false, 4, 2));

        assertThat(names(first)).containsExactly("Ada Lovelace", "Bob Byte");
        assertThat(names(second)).containsExactly("Carl Gauss");
        assertThat(past.contacts()).isEmpty();
        assertThat(List.of(first.total(), second.total(), past.total())).containsOnly(3L);
    }

    @Test
    void aPageWithoutTextCountsWhatIsBeyondIt() {
        List.of("Ada", "Bob", "Carl", "Dora").forEach(name -> added("me", name));

        assertThat(queries.handle(new SearchContacts("me", null, null, false, 0, 3)).total()).isEqualTo(4);
        assertThat(queries.handle(new SearchContacts("me", null, null, false, 3, 3)).total()).isEqualTo(4);
        assertThat(queries.handle(new SearchContacts("me", null, null, false, 9, 3)).total()).isEqualTo(4);
        assertThat(queries.handle(new SearchContacts("me", null, null, false, 0, 9)).total()).isEqualTo(4);
    }

    private UUID added(String owner, String name) {
        return added(owner, ContactDetails.named(name));
    }

    private UUID added(String owner, ContactDetails details) {
        UUID id = UUID.randomUUID();
        contacts.on(new ContactAdded(id, owner, details, AT));
        return id;
    }

    private static List<String> names(ContactPage page) {
        return page.contacts().stream().map(contact -> contact.details().name()).toList();
    }

    private UUID touched(String owner, UUID contact, String notes) {
        UUID touch = UUID.randomUUID();
        touches.on(new InteractionLogged(contact, owner, touch, InteractionType.CALL, DAY, Direction.GAVE, notes, AT));
        return touch;
    }

    private List<String> found(String owner, String text) {
        return queries.handle(new SearchContacts(owner, text, null, false, 0, 10)).contacts().stream()
                .map(contact -> contact.details().name()).toList();
    }
}
