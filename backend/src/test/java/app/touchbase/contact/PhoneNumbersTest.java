package app.touchbase.contact;

import app.touchbase.account.api.AccountSettings;
import app.touchbase.account.api.ChangeAccountSettings;
import app.touchbase.account.api.FetchAccountSettings;
import app.touchbase.account.api.RegisterAccount;
import app.touchbase.contact.api.ContactDetails;
import app.touchbase.contact.api.ContactPage;
import app.touchbase.contact.api.ContactProfile;
import app.touchbase.contact.api.ContactSummary;
import app.touchbase.contact.api.PhoneNumber;
import app.touchbase.contact.api.SearchContacts;
import app.touchbase.contact.api.TimelineEntry;
import app.touchbase.contact.api.TimelineKind;
import app.touchbase.contact.api.UpdateContactDetails;
import app.touchbase.support.IntegrationTest;
import app.touchbase.support.Touchbase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Phone numbers through the real parts: read in the owner's region from their account's zone, found however typed. */
@IntegrationTest
class PhoneNumbersTest {

    @Autowired
    Touchbase touchbase;

    String london;
    String berlin;

    @BeforeEach
    void setUp() {
        london = register("London", ZoneId.of("Europe/London"));
        berlin = register("Berlin", ZoneId.of("Europe/Berlin"));
    }

    @Test
    void aNumberIsReadInTheCountryOfTheOwnersZoneAndFoundHoweverItIsTyped() {
        UUID ada = touchbase.addContact(london, ContactDetails.named("Ada Lovelace").withPhones("020 7946 0958 x12"));

        await().untilAsserted(() -> assertThat(profile(london, ada).contact().phoneNumbers())
                .containsExactly(new PhoneNumber("020 7946 0958 x12", "+442079460958", "12")));
        for (String typed : List.of("+44 20 7946 0958", "020 7946 0958", "2079460958", "+44 (0) 20 7946 0958")) {
            assertThat(names(london, typed)).as(typed).containsExactly("Ada Lovelace");
        }
    }

    @Test
    void aSearchByNumberFindsOnlyTheOwnersContacts() {
        touchbase.addContact(london, ContactDetails.named("Ada Lovelace").withPhones("+49 30 123456"));
        UUID emmy = touchbase.addContact(berlin, ContactDetails.named("Emmy Noether").withPhones("030 123456"));
        await().untilAsserted(() -> assertThat(profile(berlin, emmy).contact().phoneNumbers())
                .extracting(PhoneNumber::e164).containsExactly("+4930123456"));

        assertThat(names(berlin, "030 123456")).containsExactly("Emmy Noether");
        assertThat(names(london, "030 123456")).containsExactly("Ada Lovelace");
        assertThat(names(Touchbase.newOwner(), "+49 30 123456")).as("an owner without the number").isEmpty();
    }

    @Test
    void aNumberTheLibraryCannotReadIsKeptAsWrittenAndStillFound() {
        UUID grace = touchbase.addContact(london, ContactDetails.named("Grace Hopper").withPhones("(650) 253-0000"));

        await().untilAsserted(() -> assertThat(profile(london, grace).contact().phoneNumbers())
                .containsExactly(new PhoneNumber("(650) 253-0000", null, null)));
        assertThat(names(london, "650 253 0000")).containsExactly("Grace Hopper");

        touchbase.send(new UpdateContactDetails(grace, london, ContactDetails.named("Grace Hopper").withPhones("+1 (650) 253-0000")));
        await().untilAsserted(() -> assertThat(profile(london, grace).contact().phoneNumbers())
                .extracting(PhoneNumber::e164).containsExactly("+16502530000"));
    }

    @Test
    void detailsSavedUnchangedAfterTheOwnerSetTheirZoneHaveTheirNumbersReadAgain() {
        String nowhere = register("Nowhere", ZoneId.of("UTC"));
        ContactDetails details = ContactDetails.named("Ada Lovelace").withPhones("020 7946 0958");
        UUID ada = touchbase.addContact(nowhere, details);
        await().untilAsserted(() -> assertThat(profile(nowhere, ada).contact().phoneNumbers())
                .as("no country to read a national number in").containsExactly(new PhoneNumber("020 7946 0958", null, null)));

        touchbase.send(new ChangeAccountSettings(nowhere, "Nowhere", ZoneId.of("Europe/London"), null));
        await().untilAsserted(() -> assertThat(touchbase.queryOptional(new FetchAccountSettings(nowhere), AccountSettings.class)
                .orElseThrow().zone()).isEqualTo(ZoneId.of("Europe/London")));
        touchbase.send(new UpdateContactDetails(ada, nowhere, details));

        await().untilAsserted(() -> {
            ContactProfile profile = profile(nowhere, ada);
            assertThat(profile.contact().phoneNumbers()).containsExactly(new PhoneNumber("020 7946 0958", "+442079460958", null));
            assertThat(profile.timeline()).filteredOn(entry -> entry.kind() == TimelineKind.DETAILS_CHANGED)
                    .extracting(TimelineEntry::detail).containsExactly("phone numbers read again for your country");
        });
    }

    /** The contact's page; an assertion error until the address book has it, so that awaiting it retries. */
    private ContactProfile profile(String owner, UUID contactId) {
        Optional<ContactProfile> profile = touchbase.contact(owner, contactId);
        assertThat(profile).as("the contact is listed").isPresent();
        return profile.get();
    }

    private List<String> names(String owner, String text) {
        return touchbase.query(new SearchContacts(owner, text, null, false, 0, 10), ContactPage.class).contacts().stream()
                .map(ContactSummary::details).map(ContactDetails::name).toList();
    }

    private String register(String city, ZoneId zone) {
        String owner = touchbase.send(new RegisterAccount(city.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8),
                city, "a long enough password", zone));
        await().untilAsserted(() -> assertThat(touchbase.queryOptional(new FetchAccountSettings(owner), AccountSettings.class))
                .hasValueSatisfying(settings -> assertThat(settings.zone()).isEqualTo(zone)));
        return owner;
    }
}
