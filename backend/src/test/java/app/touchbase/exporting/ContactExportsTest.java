package app.touchbase.exporting;

import app.touchbase.circle.api.CircleDetails;
import app.touchbase.circle.api.CreateCircle;
import app.touchbase.contact.api.ArchiveContact;
import app.touchbase.contact.api.Channel;
import app.touchbase.contact.api.ContactDetails;
import app.touchbase.contact.api.ContactPage;
import app.touchbase.contact.api.RecordFact;
import app.touchbase.contact.api.SearchContacts;
import app.touchbase.exporting.api.ExportContacts;
import app.touchbase.exporting.api.ExportFormat;
import app.touchbase.exporting.api.ExportedFile;
import app.touchbase.followup.api.AddFollowUp;
import app.touchbase.followup.api.ListOpenFollowUps;
import app.touchbase.followup.api.OpenFollowUps;
import app.touchbase.importantdate.api.AddImportantDate;
import app.touchbase.importantdate.api.ImportantDates;
import app.touchbase.importantdate.api.ListContactDates;
import app.touchbase.interaction.api.InteractionType;
import app.touchbase.support.IntegrationTest;
import app.touchbase.support.MutableClock;
import app.touchbase.support.Touchbase;
import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.property.Email;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@IntegrationTest
class ContactExportsTest {

    @Autowired
    Touchbase touchbase;
    @Autowired
    MutableClock clock;

    String owner;

    @BeforeEach
    void aSmallNetwork() {
        owner = Touchbase.newOwner();
        UUID grace = touchbase.addContact(owner, new ContactDetails("Grace Hopper, PhD", List.of("grace@navy.mil", "grace@yale.edu"),
                List.of("+1 202 555 0147"), "US Navy", "Rear admiral", Channel.EMAIL, "Compiler talk, 1952", List.of("mentor", "navy"))
                .withAddresses("Work: 1000 Navy Pentagon\nWashington, DC 20350", "Home: 1 Navy Way\nArlington, VA 22202"));
        touchbase.setCadence(owner, grace, Period.ofMonths(3));
        touchbase.logInteraction(owner, grace, InteractionType.CALL, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).minusDays(3));
        touchbase.send(new RecordFact(grace, owner, UUID.randomUUID(), "Family", "Two nephews; \"robotics\" fans", null));
        touchbase.send(new AddImportantDate(grace, owner, UUID.randomUUID(), "Birthday", MonthDay.of(12, 9), 1906, 7));
        touchbase.send(new AddImportantDate(grace, owner, UUID.randomUUID(), "Anniversary", MonthDay.of(6, 15), null, 7));
        touchbase.send(new AddFollowUp(grace, owner, UUID.randomUUID(), "Send the COBOL paper",
                LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(5)));
        UUID mentors = UUID.randomUUID();
        touchbase.send(new CreateCircle(mentors, owner, CircleDetails.named("Mentors"), List.of(grace)));
        UUID ken = touchbase.addContact(owner, ContactDetails.named("Ken Thompson"));
        touchbase.send(new ArchiveContact(ken, owner));
        touchbase.addContact(Touchbase.newOwner(), ContactDetails.named("Not Mine"));
        await().untilAsserted(() -> assertThat(touchbase.contact(owner, grace).orElseThrow().facts()).hasSize(1));
        await().untilAsserted(() -> assertThat(touchbase.nextTouch(owner, grace).orElseThrow().circles()).hasSize(1));
        await().untilAsserted(() -> assertThat(touchbase.query(new ListOpenFollowUps(owner, grace), OpenFollowUps.class).followUps())
                .hasSize(1));
        await().untilAsserted(() -> assertThat(touchbase.query(new ListContactDates(owner, grace,
                LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)), ImportantDates.class).dates()).hasSize(2));
        await().until(() -> touchbase.query(new SearchContacts(owner, null, null, false, 0, 10), ContactPage.class).total() == 1);
    }

    String export(ExportFormat format) {
        ExportedFile file = touchbase.query(new ExportContacts(owner, format), ExportedFile.class);
        assertThat(file.fileName()).isEqualTo(format.fileName());
        assertThat(file.mediaType()).isEqualTo(format.mediaType());
        return new String(file.content(), StandardCharsets.UTF_8);
    }

    @Test
    void vCardsCarryEveryDetailTheTagsTheFactsAndTheCadence() {
        String text = export(ExportFormat.VCARD);
        List<VCard> cards = Ezvcard.parse(text).all();

        assertThat(cards).hasSize(2).allSatisfy(card -> assertThat(card.getVersion()).isEqualTo(VCardVersion.V4_0));
        VCard grace = cards.stream().filter(card -> card.getFormattedName().getValue().equals("Grace Hopper, PhD")).findFirst().orElseThrow();
        assertThat(grace.getEmails()).extracting(Email::getValue).containsExactly("grace@navy.mil", "grace@yale.edu");
        assertThat(grace.getTelephoneNumbers()).singleElement().satisfies(tel -> assertThat(tel.getText()).isEqualTo("+1 202 555 0147"));
        assertThat(grace.getOrganization().getValues()).containsExactly("US Navy");
        assertThat(grace.getTitles()).singleElement().satisfies(title -> assertThat(title.getValue()).isEqualTo("Rear admiral"));
        assertThat(grace.getCategories().getValues()).containsExactly("mentor", "navy");
        assertThat(grace.getAddresses()).extracting(address -> address.getStreetAddress())
                .containsExactly("Work: 1000 Navy Pentagon\nWashington, DC 20350", "Home: 1 Navy Way\nArlington, VA 22202");
        assertThat(grace.getNotes()).singleElement().satisfies(note -> assertThat(note.getValue())
                .isEqualTo("How we met: Compiler talk, 1952\nFamily: Two nephews; \"robotics\" fans"));
        assertThat(grace.getExtendedProperty("X-TOUCHBASE-CADENCE").getValue()).isEqualTo("P3M");
        assertThat(grace.getUid().getValue()).startsWith("urn:uuid:");
        assertThat(grace.getBirthday().getDate()).isEqualTo(LocalDate.of(1906, 12, 9));
        assertThat(grace.getAnniversary().getPartialDate().getMonth()).isEqualTo(6);
        assertThat(grace.getExtendedProperties("X-TOUCHBASE-PROMISE")).singleElement()
                .satisfies(promise -> assertThat(promise.getValue()).startsWith("Send the COBOL paper (due "));
        assertThat(grace.getExtendedProperty("X-TOUCHBASE-CIRCLE").getValue()).isEqualTo("Mentors");
        VCard ken = cards.stream().filter(card -> card.getFormattedName().getValue().equals("Ken Thompson")).findFirst().orElseThrow();
        assertThat(ken.getExtendedProperty("X-TOUCHBASE-ARCHIVED").getValue()).isEqualTo("true");
        assertThat(text).doesNotContain("Not Mine");
    }

    @Test
    void csvHasOneRowPerContactWithNamedColumns() throws IOException {
        String text = export(ExportFormat.CSV);
        assertThat(text).as("a byte-order mark, so Excel reads UTF-8").startsWith("\uFEFF");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.substring(1))).getRecords();

        assertThat(rows).hasSize(2);
        CSVRecord grace = rows.stream().filter(row -> row.get("Name").equals("Grace Hopper, PhD")).findFirst().orElseThrow();
        assertThat(grace.get("Emails")).isEqualTo("grace@navy.mil; grace@yale.edu");
        assertThat(grace.get("Company")).isEqualTo("US Navy");
        assertThat(grace.get("Preferred channel")).isEqualTo("Email");
        assertThat(grace.get("Tags")).isEqualTo("mentor; navy");
        assertThat(grace.get("Cadence")).isEqualTo("P3M");
        LocalDate lastTouch = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).minusDays(3);
        assertThat(grace.get("Last touch")).as("a date, not a moment").isEqualTo(lastTouch.toString());
        assertThat(grace.get("Next touch")).isEqualTo(lastTouch.plusMonths(3).toString());
        assertThat(grace.get("Archived")).isEqualTo("no");
        assertThat(grace.get("Facts")).isEqualTo("Family: Two nephews; \"robotics\" fans");
        assertThat(grace.get("Birthday")).isEqualTo("1906-12-09");
        assertThat(grace.get("Other dates")).isEqualTo("Anniversary: --06-15");
        assertThat(grace.get("Open promises")).startsWith("Send the COBOL paper (due ");
        assertThat(grace.get("Circles")).isEqualTo("Mentors");
        assertThat(grace.get("Addresses")).as("addresses parted by a blank line")
                .isEqualTo("Work: 1000 Navy Pentagon\nWashington, DC 20350\n\nHome: 1 Navy Way\nArlington, VA 22202");
        CSVRecord ken = rows.stream().filter(row -> row.get("Name").equals("Ken Thompson")).findFirst().orElseThrow();
        assertThat(ken.get("Archived")).isEqualTo("yes");
        assertThat(ken.get("Cadence")).isEmpty();
    }
}
