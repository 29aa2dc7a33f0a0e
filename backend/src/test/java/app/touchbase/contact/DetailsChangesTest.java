package app.touchbase.contact;

import app.touchbase.contact.api.Channel;
import app.touchbase.contact.api.ContactDetails;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DetailsChangesTest {

    static final ContactDetails BEFORE = ContactDetails.named("Grace Hopper").withEmails("grace@yale.edu")
            .withCompany("IBM", null).withTags("mentor");

    @Test
    void eachChangedFieldIsSaidOnceInWords() {
        ContactDetails after = new ContactDetails("Grace Hopper", List.of("grace@navy.mil"), List.of("+1 202 555 0147"),
                "US Navy", "Rear admiral", Channel.EMAIL, null, List.of("mentor", "navy"));

        assertThat(DetailsChanges.between(BEFORE, after)).isEqualTo("email grace@navy.mil added · email grace@yale.edu removed"
                + " · phone +1 202 555 0147 added · company changed from IBM to US Navy · role set to Rear admiral"
                + " · preferred channel set to email · tag navy added");
    }

    @Test
    void nothingChangedSaysNothingAndStoredDetailsReadBackTheSame() {
        assertThat(DetailsChanges.between(BEFORE, BEFORE)).isNull();
        assertThat(DetailsChanges.read(DetailsChanges.stored(BEFORE))).isEqualTo(BEFORE);
    }
}
