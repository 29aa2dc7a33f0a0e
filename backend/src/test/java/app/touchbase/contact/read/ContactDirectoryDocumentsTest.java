package app.touchbase.contact.read;

import app.touchbase.cadence.api.CadenceCleared;
import app.touchbase.cadence.api.CadenceSet;
import app.touchbase.cadence.api.CircleColour;
import app.touchbase.cadence.api.CircleRef;
import app.touchbase.cadence.api.CircleRulesApplied;
import app.touchbase.cadence.api.CircleRulesWithdrawn;
import app.touchbase.cadence.api.KeepInTouchRule;
import app.touchbase.contact.api.Channel;
import app.touchbase.contact.api.ContactAdded;
import app.touchbase.contact.api.ContactArchived;
import app.touchbase.contact.api.ContactDetails;
import app.touchbase.contact.api.ContactDetailsChanged;
import app.touchbase.contact.api.ContactPage;
import app.touchbase.contact.api.ContactProfile;
import app.touchbase.contact.api.ContactSummary;
import app.touchbase.contact.api.Fact;
import app.touchbase.contact.api.FactCorrected;
import app.touchbase.contact.api.FactRecorded;
import app.touchbase.contact.api.FactRemoved;
import app.touchbase.contact.api.FetchContact;
import app.touchbase.contact.api.ListTags;
import app.touchbase.contact.api.PhoneNumber;
import app.touchbase.contact.api.SearchContacts;
import app.touchbase.interaction.api.InteractionType;
import app.touchbase.support.EmbeddedReadModels;
import org.bson.BsonArray;
import org.bson.BsonBoolean;
import org.bson.BsonDateTime;
import org.bson.BsonDocument;
import org.bson.BsonString;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static app.touchbase.contact.read.InteractionHistoryDocumentsTest.midnightUtc;
import static app.touchbase.support.EmbeddedReadModels.uuid;
import static org.assertj.core.api.Assertions.assertThat;

/** The address book keeps the field names and BSON types its searches rely on, and repeated events change nothing. */
class ContactDirectoryDocumentsTest {

    static final Instant T0 = Instant.parse("2026-03-01T10:00:00.123Z");

    final EmbeddedReadModels mongo = new EmbeddedReadModels();
    final ContactDirectoryProjection projection = new ContactDirectoryProjection(mongo.database());
    /** "me" lives in London, "ivan" in Moscow, everyone else in New York. */
    final ContactQueries queries = new ContactQueries(mongo.database(), owner -> ZoneId.of(switch (owner) {
        case "me" -> "Europe/London";
        case "ivan" -> "Europe/Moscow";
        default -> "America/New_York";
    }));

    @AfterEach
    void close() {
        mongo.close();
    }

    @Test
    void aContactIsStoredWithWhatSearchesLookThrough() {
        UUID ada = UUID.randomUUID();
        ContactAdded added = new ContactAdded(ada, "me", new ContactDetails("Ada Lovelace", List.of("Ada@Example.org"),
                List.of(), "Analytical Engines", null, Channel.EMAIL, null, List.of("Mentor"),
                List.of("Home: 12 St James's Square\nLondon")), T0);
        projection.on(added);
        projection.on(added);

        BsonDocument stored = mongo.stored(ContactDirectoryProjection.COLLECTION, ada);
        assertThat(stored).isEqualTo(new BsonDocument("_id", uuid(ada))
                .append("owner", new BsonString("me"))
                .append("details", new BsonDocument("name", new BsonString("Ada Lovelace"))
                        .append("emails", new BsonArray(List.of(new BsonString("Ada@Example.org"))))
                        .append("phones", new BsonArray())
                        .append("company", new BsonString("Analytical Engines"))
                        .append("preferredChannel", new BsonString("EMAIL"))
                        .append("tags", new BsonArray(List.of(new BsonString("mentor"))))
                        .append("addresses", new BsonArray(List.of(new BsonString("Home: 12 St James's Square\nLondon")))))
                .append("phoneNumbers", new BsonArray())
                .append("searchText", new BsonString("ada lovelace\nanalytical engines\nada@example.org\nhome: 12 st james's square\nlondon"))
                .append("sortName", new BsonString("ada lovelace"))
                .append("archived", BsonBoolean.FALSE)
                .append("addedAt", new BsonDateTime(T0.toEpochMilli()))
                .append("facts", new BsonArray())
                .append("circles", new BsonArray())
                .append("ruleIds", new BsonArray()));
    }

    @Test
    void eachPhoneIsStoredAsWrittenAndAsReadWithTheDigitsASearchLooksThrough() {
        UUID ada = UUID.randomUUID();
        ContactDetails details = ContactDetails.named("Ada Lovelace").withPhones("020 7946 0958 x12", "ask at the desk 7");
        projection.on(new ContactAdded(ada, "me", details, PhoneNumber.readAll(details.phones(), "GB"), T0));

        BsonDocument stored = mongo.stored(ContactDirectoryProjection.COLLECTION, ada);
        assertThat(stored.getArray("phoneNumbers")).containsExactly(
                new BsonDocument("written", new BsonString("020 7946 0958 x12")).append("e164", new BsonString("+442079460958"))
                        .append("extension", new BsonString("12")),
                new BsonDocument("written", new BsonString("ask at the desk 7")));
        assertThat(stored.getString("searchText").getValue()).isEqualTo("ada lovelace\n\u0001442079460958\n\u00017");
        assertThat(queries.handle(new FetchContact("me", ada)).orElseThrow().contact().phoneNumbers()).containsExactly(
                new PhoneNumber("020 7946 0958 x12", "+442079460958", "12"), new PhoneNumber("ask at the desk 7", null, null));
    }

    @Test
    void aNumberIsFoundHoweverItIsTypedAndOnlyAmongTheOwnersContacts() {
        UUID ada = UUID.randomUUID();
        ContactDetails london = ContactDetails.named("Ada Lovelace").withPhones("020 7946 0958");
        projection.on(new ContactAdded(ada, "me", london, PhoneNumber.readAll(london.phones(), "GB"), T0));
        ContactDetails sameNumber = ContactDetails.named("Someone Else's Ada").withPhones("+44 20 7946 0958");
        projection.on(new ContactAdded(UUID.randomUUID(), "someone-else", sameNumber, PhoneNumber.readAll(sameNumber.phones(), "US"), T0));
        add("Bob Babbage");
        projection.on(new ContactAdded(UUID.randomUUID(), "me", ContactDetails.named("Charles Babbage")
                .withAddresses("Unit 79460958, Dorset Street"), T0));

        for (String typed : List.of("+44 20 7946 0958", "020 7946 0958", "2079460958", "0044 20 7946 0958", "+44 (0)20 7946-0958",
                "7946 0958")) {
            assertThat(names(search(typed, null))).as(typed + ", in a phone, not in an address").containsExactly("Ada Lovelace");
        }
        assertThat(names(search("020 7946 0959", null))).as("another number").isEmpty();
        assertThat(names(search("020", null))).as("too few digits to pick a number out").isEmpty();
        assertThat(names(queries.handle(new SearchContacts("someone-else", "020 7946 0958", null, false, 0, 10))))
                .as("another owner finds only their own contact with that number").containsExactly("Someone Else's Ada");
        assertThat(names(queries.handle(new SearchContacts("nobody", "+44 20 7946 0958", null, false, 0, 10))))
                .as("an owner without that number finds nobody").isEmpty();
    }

    @Test
    void aNumberWithANationalPrefixOtherThanZeroIsFoundAsTypedInTheOwnersRegion() {
        ContactDetails details = ContactDetails.named("Sofia Kovalevskaya").withPhones("+7 495 123-45-67");
        projection.on(new ContactAdded(UUID.randomUUID(), "ivan", details, PhoneNumber.readAll(details.phones(), "RU"), T0));

        assertThat(names(queries.handle(new SearchContacts("ivan", "8 (495) 123-45-67", null, false, 0, 10))))
                .as("dialled with Russia's national prefix 8").containsExactly("Sofia Kovalevskaya");
        assertThat(names(queries.handle(new SearchContacts("ivan", "+7 495 1234567", null, false, 0, 10))))
                .containsExactly("Sofia Kovalevskaya");
    }

    @Test
    void aNumberNotUnderstoodIsFoundByItsDigits() {
        UUID ada = UUID.randomUUID();
        projection.on(new ContactAdded(ada, "me", ContactDetails.named("Ada Lovelace").withPhones("12-34-56-78-90-12-34-56-78"), T0));

        assertThat(queries.handle(new FetchContact("me", ada)).orElseThrow().contact().phoneNumbers())
                .containsExactly(new PhoneNumber("12-34-56-78-90-12-34-56-78", null, null));
        assertThat(names(search("12 34 56 78", null))).containsExactly("Ada Lovelace");
    }

    @Test
    void aCorrectedFactIsReplacedInPlaceAndARemovedOneIsGoneEvenWhenTheEventsComeTwice() {
        UUID ada = add("Ada Lovelace");
        UUID kids = UUID.randomUUID();
        UUID trip = UUID.randomUUID();
        projection.on(new FactRecorded(ada, "me", kids, "Kids", "Two", null, T0));
        projection.on(new FactRecorded(ada, "me", trip, "Trip", "Lisbon", LocalDate.of(2026, 5, 4), T0));
        FactCorrected corrected = new FactCorrected(ada, "me", kids, "Kids", "Three, the youngest is Lena", null, T0);
        projection.on(corrected);
        projection.on(corrected);
        FactRemoved removed = new FactRemoved(ada, "me", trip, T0);
        projection.on(removed);
        projection.on(removed);

        assertThat(queries.handle(new FetchContact("me", ada)).orElseThrow().facts()).singleElement().satisfies(fact -> {
            assertThat(fact.factId()).isEqualTo(kids);
            assertThat(fact.text()).isEqualTo("Three, the youngest is Lena");
        });
        assertThat(names(new SearchContacts("me", "lena", null, false, 0, 10))).as("a search looks through facts too")
                .containsExactly("Ada Lovelace");
        assertThat(names(new SearchContacts("me", "lisbon", null, false, 0, 10))).as("not through removed ones").isEmpty();
        projection.on(new ContactAdded(UUID.randomUUID(), "me", ContactDetails.named("Tagged").withTags("peer", "mentor"), T0));
        projection.on(new ContactAdded(UUID.randomUUID(), "someone-else", ContactDetails.named("Elsewhere").withTags("secret"), T0));
        assertThat(queries.handle(new ListTags("me"))).containsExactly("mentor", "peer");
    }

    @Test
    void circlesAndRulesAreKeptForTheirFiltersAndARepeatedEventChangesNothing() {
        UUID ada = add("Ada Lovelace");
        UUID bob = add("Bob Babbage");
        UUID carl = add("Carl Gauss");
        CircleRef mentors = new CircleRef(UUID.randomUUID(), "Mentors", CircleColour.GREEN);
        KeepInTouchRule lunch = new KeepInTouchRule("lunch", "Yearly lunch", Period.ofYears(1), Set.of(InteractionType.COFFEE_OR_LUNCH));
        CircleRulesApplied applied = new CircleRulesApplied(ada, "me", mentors, List.of(lunch), LocalDate.of(2026, 3, 1), Map.of(), T0);
        projection.on(applied);
        projection.on(applied);
        projection.on(new CadenceSet(bob, "me", Period.ofMonths(3), LocalDate.of(2026, 3, 1), T0));

        assertThat(names(new SearchContacts("me", null, null, mentors.circleId(), false, false, 0, 50))).containsExactly("Ada Lovelace");
        assertThat(names(new SearchContacts("me", null, null, null, true, false, 0, 50))).containsExactly("Carl Gauss");
        assertThat(queries.handle(SearchContacts.all("me")).contacts()).filteredOn(contact -> contact.contactId().equals(ada))
                .singleElement().satisfies(contact -> {
                    assertThat(contact.circles()).containsExactly(mentors);
                    assertThat(contact.hasRules()).isTrue();
                });

        projection.on(new CircleRulesWithdrawn(ada, "me", mentors.circleId(), T0));
        projection.on(new CadenceCleared(bob, "me", T0));
        assertThat(names(new SearchContacts("me", null, null, mentors.circleId(), false, false, 0, 50))).isEmpty();
        assertThat(names(new SearchContacts("me", null, null, null, true, false, 0, 50)))
                .containsExactly("Ada Lovelace", "Bob Babbage", "Carl Gauss");
        assertThat(carl).isNotNull();
    }

    private List<String> names(SearchContacts query) {
        return queries.handle(query).contacts().stream().map(contact -> contact.details().name()).toList();
    }

    @Test
    void aRepeatedFactIsKeptOnceWithItsDayAsADate() {
        UUID ada = add("Ada Lovelace");
        UUID factId = UUID.randomUUID();
        FactRecorded fact = new FactRecorded(ada, "me", factId, "Kids", "Two", LocalDate.of(2026, 5, 4), T0);
        projection.on(fact);
        projection.on(fact);

        assertThat(mongo.stored(ContactDirectoryProjection.COLLECTION, ada).getArray("facts")).containsExactly(
                new BsonDocument("factId", uuid(factId)).append("topic", new BsonString("Kids")).append("text", new BsonString("Two"))
                        .append("about", midnightUtc(LocalDate.of(2026, 5, 4))).append("recordedAt", new BsonDateTime(T0.toEpochMilli())));
        ContactProfile profile = queries.handle(new FetchContact("me", ada)).orElseThrow();
        assertThat(profile.facts()).containsExactly(new Fact(factId, "Kids", "Two", LocalDate.of(2026, 5, 4), T0));
    }

    @Test
    void searchesLookThroughNameCompanyRoleAndEmailsLiterallyAndIgnoringCase() {
        UUID ada = add("Ada Lovelace");
        projection.on(new ContactDetailsChanged(ada, "me", ContactDetails.named("Ada Lovelace").withCompany("A.B. Engines", "Countess")
                .withEmails("ada@example.org").withTags("mentor"), T0));
        add("Aab Other");

        assertThat(names(search("a.b. ENGINES", null))).containsExactly("Ada Lovelace");
        assertThat(names(search("a.b", null))).containsExactly("Ada Lovelace");
        assertThat(names(search("countess", null))).containsExactly("Ada Lovelace");
        assertThat(names(search("EXAMPLE.org", null))).containsExactly("Ada Lovelace");
        assertThat(names(search(null, "Mentor"))).containsExactly("Ada Lovelace");
        assertThat(search("nobody", null).total()).isZero();
    }

    @Test
    void searchesLookThroughPostalAddressesByStreetTownOrPostcodeOfTheOwnersContactsOnly() {
        UUID sherlock = add("Sherlock Holmes");
        projection.on(new ContactDetailsChanged(sherlock, "me", ContactDetails.named("Sherlock Holmes")
                .withAddresses("Home: 221B Baker Street\nLondon NW1 6XE", "Work: Reichenbach Falls\nMeiringen"), T0));
        add("Baker Streetson");
        UUID moved = add("Mrs Hudson");
        projection.on(new ContactDetailsChanged(moved, "me", ContactDetails.named("Mrs Hudson").withAddresses("Sussex Downs"), T0));
        projection.on(new ContactAdded(UUID.randomUUID(), "someone else", ContactDetails.named("Mycroft Holmes")
                .withAddresses("Diogenes Club\nPall Mall\nLondon NW1 6XE"), T0));

        assertThat(names(search("221b baker", null))).containsExactly("Sherlock Holmes");
        assertThat(names(search("BAKER STREET", null))).containsExactly("Baker Streetson", "Sherlock Holmes");
        assertThat(names(search("nw1 6xe", null))).as("another owner's contact is never found").containsExactly("Sherlock Holmes");
        assertThat(names(search("Meiringen", null))).containsExactly("Sherlock Holmes");
        assertThat(names(search("pall mall", null))).isEmpty();
        assertThat(queries.handle(new SearchContacts("someone else", "baker street", null, false, 0, 10)).total()).isZero();

        projection.on(new ContactDetailsChanged(sherlock, "me", ContactDetails.named("Sherlock Holmes"), T0));
        assertThat(search("nw1 6xe", null).total()).as("an address taken away is no longer found").isZero();
    }

    @Test
    void pagesAreSortedByNameAndLeaveArchivedContactsOutUnlessAsked() {
        add("carol");
        UUID bob = add("Bob");
        add("alice");
        add("Dave");
        projection.on(new ContactArchived(bob, "me", T0));
        projection.on(new ContactAdded(UUID.randomUUID(), "someone else", ContactDetails.named("Alan"), T0));

        var firstPage = queries.handle(new SearchContacts("me", null, null, false, 0, 2));
        assertThat(names(firstPage)).containsExactly("alice", "carol");
        assertThat(firstPage.total()).isEqualTo(3);
        assertThat(names(queries.handle(new SearchContacts("me", null, null, false, 2, 2)))).containsExactly("Dave");
        assertThat(names(queries.handle(new SearchContacts("me", null, null, true, 0, 10)))).containsExactly("alice", "Bob", "carol", "Dave");
        assertThat(queries.handle(new SearchContacts("me", null, null, true, 0, 10)).contacts())
                .filteredOn(ContactSummary::archived).extracting(ContactSummary::contactId).containsExactly(bob);
        assertThat(names(search("bo", null))).as("a search leaves archived contacts out").isEmpty();
        assertThat(names(queries.handle(new SearchContacts("me", "o", null, true, 0, 10))))
                .as("or finds them beside the others when asked").containsExactly("Bob", "carol");
    }

    private UUID add(String name) {
        UUID id = UUID.randomUUID();
        projection.on(new ContactAdded(id, "me", ContactDetails.named(name), T0));
        return id;
    }

    private ContactPage search(String text, String tag) {
        return queries.handle(new SearchContacts("me", text, tag, false, 0, 10));
    }

    private static List<String> names(ContactPage page) {
        return page.contacts().stream().map(contact -> contact.details().name()).toList();
    }
}
