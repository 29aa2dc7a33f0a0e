package app.touchbase.importing;

import app.touchbase.contact.api.ContactDetails;
import app.touchbase.contact.api.ContactPage;
import app.touchbase.contact.api.ContactProfile;
import app.touchbase.contact.api.ContactSummary;
import app.touchbase.contact.api.ListAllContacts;
import app.touchbase.exporting.api.ExportContacts;
import app.touchbase.exporting.api.ExportFormat;
import app.touchbase.exporting.api.ExportedFile;
import app.touchbase.importantdate.api.ImportantDate;
import app.touchbase.importantdate.api.ImportantDates;
import app.touchbase.importantdate.api.ListContactDates;
import app.touchbase.importing.api.FetchImport;
import app.touchbase.importing.api.ImportPreview;
import app.touchbase.importing.api.ImportState;
import app.touchbase.importing.api.ImportSummary;
import app.touchbase.importing.api.ImportedDate;
import app.touchbase.importing.api.Imports;
import app.touchbase.importing.api.ListImports;
import app.touchbase.importing.api.PreviewImport;
import app.touchbase.importing.api.PreviewRow;
import app.touchbase.importing.api.RowStatus;
import app.touchbase.importing.api.StartImport;
import app.touchbase.importing.api.UndoImport;
import app.touchbase.nexttouch.api.DueTouches;
import app.touchbase.nexttouch.api.ListNextTouches;
import app.touchbase.nexttouch.api.NextTouch;
import app.touchbase.shared.api.CommandRejectedException;
import app.touchbase.shared.api.InvalidInputException;
import app.touchbase.support.IntegrationTest;
import app.touchbase.support.MutableClock;
import app.touchbase.support.Touchbase;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static app.touchbase.importing.ContactFilesTest.sample;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/** Preview, import, progress and undo through the gateways, against the real read models. */
@IntegrationTest
class ImportContactsTest {

    @Autowired
    Touchbase touchbase;
    @Autowired
    MutableClock clock;
    @Autowired
    MongoDatabase database;

    ImportPreview preview(String owner, String file) {
        return touchbase.query(new PreviewImport(owner, file, sample(file)), ImportPreview.class);
    }

    List<ContactSummary> contacts(String owner) {
        return touchbase.query(new ListAllContacts(owner), ContactPage.class).contacts();
    }

    ImportSummary importState(String owner, UUID importId) {
        // an assertion error, so a poll that comes before the read model has the import is simply retried
        return touchbase.queryOptional(new FetchImport(owner, importId), ImportSummary.class)
                .orElseThrow(() -> new AssertionError("The import " + importId + " is not listed (yet)"));
    }

    @Test
    void thePreviewSortsNewDuplicatesAndSkippedRowsAndTheChosenOnesAreImportedWhole() {
        String owner = Touchbase.newOwner();
        UUID existing = touchbase.addContact(owner, ContactDetails.named("Ada King").withEmails("ada@engines.example.com"));
        touchbase.addContact(owner, ContactDetails.named("sir tim  berners-lee"));
        await().until(() -> contacts(owner).size() == 2);

        ImportPreview preview = preview(owner, "google-contacts.csv");
        assertThat(preview.count(RowStatus.NEW)).isEqualTo(2);
        assertThat(preview.count(RowStatus.DUPLICATE)).isEqualTo(2);
        assertThat(preview.count(RowStatus.SKIPPED)).isEqualTo(1);
        PreviewRow ada = preview.rows().stream().filter(row -> row.person() != null
                && row.person().details().name().equals("Ada Lovelace")).findFirst().orElseThrow();
        assertThat(ada.status()).isEqualTo(RowStatus.DUPLICATE);
        assertThat(ada.duplicateOf()).isEqualTo(existing);
        assertThat(ada.reason()).isEqualTo("Has the same email address as Ada King, who is already in your network.");
        assertThat(ada.warnings()).containsExactly(
                "left out the birth year 1815: The year must be between 1900 and 2026, or left empty.");
        assertThat(contacts(owner)).as("a preview stores nothing").hasSize(2);

        List<Integer> chosen = preview.rows().stream().filter(row -> row.status() == RowStatus.NEW || row == ada)
                .map(PreviewRow::row).toList();
        UUID importId = UUID.randomUUID();
        int count = touchbase.send(new StartImport(owner, importId, "google-contacts.csv", sample("google-contacts.csv"), chosen));
        assertThat(count).isEqualTo(3);
        await().untilAsserted(() -> assertThat(importState(owner, importId).state()).isEqualTo(ImportState.DONE));
        assertThat(importState(owner, importId).done()).isEqualTo(3);

        await().untilAsserted(() -> assertThat(contacts(owner)).hasSize(5));
        ContactSummary lovelace = contacts(owner).stream().filter(c -> c.details().name().equals("Ada Lovelace")).findFirst().orElseThrow();
        await().untilAsserted(() -> {
            ContactProfile profile = touchbase.contact(owner, lovelace.contactId()).orElseThrow();
            assertThat(profile.facts()).singleElement().satisfies(fact ->
                    assertThat(fact.text()).isEqualTo("Met at the Babbage lecture.\nLoves poetry and horses."));
            assertThat(touchbase.query(new ListContactDates(owner, lovelace.contactId(), LocalDate.ofInstant(clock.instant(),
                    ZoneOffset.UTC)), ImportantDates.class).dates()).singleElement().satisfies(date -> {
                assertThat(date.label()).isEqualTo("Birthday");
                assertThat(date.day()).isEqualTo(MonthDay.of(12, 10));
                assertThat(date.year()).as("a contact takes birth years from 1900 on; the day is kept").isNull();
            });
        });

        assertThat(touchbase.query(new ListImports(owner), Imports.class).imports()).singleElement()
                .satisfies(summary -> assertThat(summary.fileName()).isEqualTo("google-contacts.csv"));
        touchbase.send(new UndoImport(importId, owner));
        await().untilAsserted(() -> assertThat(importState(owner, importId).state()).isEqualTo(ImportState.UNDONE));
        await().untilAsserted(() -> assertThat(contacts(owner).stream().filter(c -> !c.archived()))
                .extracting(c -> c.details().name()).containsExactlyInAnyOrder("Ada King", "sir tim  berners-lee"));
        assertThatThrownBy(() -> touchbase.send(new UndoImport(importId, owner)))
                .isInstanceOf(CommandRejectedException.class).hasMessage("This import was already undone.");
    }

    @Test
    void aBadFileOrASkippedRowStoresNothing() {
        String owner = Touchbase.newOwner();
        UUID binaryImport = UUID.randomUUID();
        UUID skippingImport = UUID.randomUUID();
        assertThatThrownBy(() -> touchbase.send(new StartImport(owner, binaryImport, "nul.csv",
                sample("nul.csv"), List.of(2))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("This is not a text file.");
        assertThatThrownBy(() -> touchbase.query(new PreviewImport(owner, "x.csv", sample("not-contacts.csv")), ImportPreview.class))
                .rootCause().isInstanceOf(InvalidInputException.class).hasMessageStartingWith("This is not a contact file Touchbase knows");

        ImportPreview preview = preview(owner, "Connections.csv");
        int skipped = preview.rows().stream().filter(row -> row.status() == RowStatus.SKIPPED).findFirst().orElseThrow().row();
        int importable = preview.rows().stream().filter(row -> row.status() == RowStatus.NEW).findFirst().orElseThrow().row();
        assertThatThrownBy(() -> touchbase.send(new StartImport(owner, skippingImport, "Connections.csv", sample("Connections.csv"),
                List.of(importable, skipped))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Row " + skipped + " can't be imported: LinkedIn hides this member's name, so there is no one to add.");
        assertThat(database.getCollection("domainevents").countDocuments(new Document("aggregateIdentifier",
                new Document("$regex", "^" + owner)))).isZero();
        // other tests of this class share the store and may still be storing events: count only this test's
        assertThat(database.getCollection("domainevents").countDocuments(new Document("aggregateIdentifier",
                new Document("$in", List.of(binaryImport.toString(), skippingImport.toString()))))).isZero();
    }

    @Test
    void aWholeLinkedInExportArrivesAndCanBeUndone() {
        String owner = Touchbase.newOwner();
        ImportPreview preview = preview(owner, "Connections.csv");
        List<Integer> importable = preview.rows().stream().filter(row -> row.status() != RowStatus.SKIPPED).map(PreviewRow::row).toList();
        UUID importId = UUID.randomUUID();
        touchbase.send(new StartImport(owner, importId, "Connections.csv", sample("Connections.csv"), importable));
        await().untilAsserted(() -> assertThat(importState(owner, importId).state()).isEqualTo(ImportState.DONE));
        await().untilAsserted(() -> assertThat(contacts(owner)).extracting(c -> c.details().name())
                .contains("Grace Hopper", "Ōtani Shōhei", "محمد الخوارزمي").hasSize(importable.size()));
    }

    @Test
    void everyoneImportedWithACadenceFallsDueSpreadOverIt() {
        String owner = Touchbase.newOwner();
        ImportPreview preview = preview(owner, "Connections.csv");
        List<Integer> importable = preview.rows().stream().filter(row -> row.status() != RowStatus.SKIPPED).map(PreviewRow::row).toList();
        UUID importId = UUID.randomUUID();
        touchbase.send(new StartImport(owner, importId, "Connections.csv", sample("Connections.csv"), importable, Period.ofMonths(3)));
        await().untilAsserted(() -> assertThat(importState(owner, importId).state()).isEqualTo(ImportState.DONE));

        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        await().untilAsserted(() -> assertThat(touchbase.query(new ListNextTouches(owner), DueTouches.class).touches())
                .hasSize(importable.size())
                .allSatisfy(touch -> {
                    assertThat(touch.cadence()).isEqualTo(Period.ofMonths(3));
                    assertThat(touch.nextTouchOn()).isAfter(today).isBeforeOrEqualTo(today.plusMonths(3));
                }));
        List<LocalDate> firstDue = touchbase.query(new ListNextTouches(owner), DueTouches.class).touches().stream()
                .map(NextTouch::nextTouchOn).toList();
        assertThat(firstDue).as("spread over the quarter, not all on one day").doesNotHaveDuplicates();
    }

    @Test
    void aVCardExportImportsIntoAnotherAccountAsNewContacts() {
        String owner = Touchbase.newOwner();
        UUID grace = touchbase.addContact(owner, ContactDetails.named("Grace Hopper").withEmails("grace@navy.mil")
                .withCompany("US Navy", "Rear admiral").withTags("mentor"));
        touchbase.addContact(owner, ContactDetails.named("Ken Thompson"));
        await().until(() -> contacts(owner).size() == 2 && touchbase.contact(owner, grace).isPresent());
        byte[] exported = touchbase.query(new ExportContacts(owner, ExportFormat.VCARD), ExportedFile.class).content();

        ImportPreview preview = touchbase.query(new PreviewImport(Touchbase.newOwner(), "contacts.vcf", exported), ImportPreview.class);
        assertThat(preview.count(RowStatus.NEW)).isEqualTo(2);
        assertThat(preview.rows()).anySatisfy(row -> {
            assertThat(row.person().details().name()).isEqualTo("Grace Hopper");
            assertThat(row.person().details().emails()).containsExactly("grace@navy.mil");
            assertThat(row.person().details().company()).isEqualTo("US Navy");
            assertThat(row.person().details().tags()).containsExactly("mentor");
        });
    }

    @Test
    void anniversariesAndLabelledDatesArriveAsImportantDates() {
        String owner = Touchbase.newOwner();
        byte[] card = String.join("\r\n", "BEGIN:VCARD", "VERSION:3.0", "FN:Katherine Johnson", "N:Johnson;Katherine;;;",
                "X-ANNIVERSARY:1939-08-18", "item1.X-ABDATE;type=pref:1604-06-19", "item1.X-ABLabel:_$!<Other>!$_",
                "item2.X-ABDATE:2015-11-24", "item2.X-ABLabel:Medal of Freedom", "END:VCARD", "").getBytes(StandardCharsets.UTF_8);
        ImportPreview preview = touchbase.query(new PreviewImport(owner, "katherine.vcf", card), ImportPreview.class);
        assertThat(preview.rows()).singleElement().satisfies(row -> assertThat(row.person().dates()).extracting(ImportedDate::label)
                .containsExactly("Anniversary", "Other", "Medal of Freedom"));
        UUID importId = UUID.randomUUID();
        touchbase.send(new StartImport(owner, importId, "katherine.vcf", card, List.of(1)));
        await().untilAsserted(() -> assertThat(importState(owner, importId).state()).isEqualTo(ImportState.DONE));
        UUID katherine = contacts(owner).get(0).contactId();
        await().untilAsserted(() -> assertThat(touchbase.query(new ListContactDates(owner, katherine,
                LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)), ImportantDates.class).dates())
                .extracting(ImportantDate::label, ImportantDate::day, ImportantDate::year)
                .containsExactlyInAnyOrder(tuple("Anniversary", MonthDay.of(8, 18), 1939), tuple("Other", MonthDay.of(6, 19), null),
                        tuple("Medal of Freedom", MonthDay.of(11, 24), 2015)));
        assertThat(touchbase.contact(owner, katherine).orElseThrow().facts()).as("no date is left as a fact").isEmpty();
    }

    @Test
    void postalAddressesArriveOnTheContactAndThePreviewSaysSo() {
        String owner = Touchbase.newOwner();
        byte[] card = String.join("\r\n", "BEGIN:VCARD", "VERSION:3.0", "FN:Katherine Johnson",
                "ADR;TYPE=HOME:;;1 Langley Blvd;Hampton;VA;23681;USA", "END:VCARD", "").getBytes(StandardCharsets.UTF_8);
        ImportPreview preview = touchbase.query(new PreviewImport(owner, "katherine.vcf", card), ImportPreview.class);
        assertThat(preview.rows()).singleElement().satisfies(row -> assertThat(row.keptAs()).containsExactly("Address → postal addresses"));
        UUID importId = UUID.randomUUID();
        touchbase.send(new StartImport(owner, importId, "katherine.vcf", card, List.of(1)));
        await().untilAsserted(() -> assertThat(importState(owner, importId).state()).isEqualTo(ImportState.DONE));
        assertThat(contacts(owner)).singleElement().satisfies(katherine -> assertThat(katherine.details().addresses())
                .containsExactly("Home: 1 Langley Blvd\nHampton, VA 23681\nUSA"));
    }
    @Test
    void thunderbirdAndLinkedInContactsAddressesArriveAndThePreviewSaysWhatWasKeptAndLeftOut() {
        String owner = Touchbase.newOwner();
        ImportPreview thunderbird = preview(owner, "thunderbird-addresses.csv");
        assertThat(thunderbird.rows()).extracting(PreviewRow::status, PreviewRow::keptAs).containsExactly(
                tuple(RowStatus.NEW, List.of("Birthday → important date", "Department → fact", "2 × Address → postal addresses")),
                tuple(RowStatus.NEW, List.of("Notes → fact", "Address → postal addresses")),
                tuple(RowStatus.SKIPPED, List.of()));
        ImportPreview linkedIn = preview(owner, "LinkedIn-Contacts.csv");
        assertThat(linkedIn.notes()).anySatisfy(note -> assertThat(note).startsWith("Left out the columns CreatedAt and BookmarkedAt"));
        assertThat(linkedIn.rows()).filteredOn(row -> row.person() != null && row.person().details().name().equals("Vint Cerf"))
                .singleElement().satisfies(vint -> assertThat(vint.keptAs()).contains("Address → postal addresses"));

        UUID importId = UUID.randomUUID();
        touchbase.send(new StartImport(owner, importId, "thunderbird-addresses.csv", sample("thunderbird-addresses.csv"), List.of(2)));
        await().untilAsserted(() -> assertThat(importState(owner, importId).state()).isEqualTo(ImportState.DONE));
        assertThat(contacts(owner)).singleElement().satisfies(ada -> assertThat(ada.details().addresses()).containsExactly(
                "Home: 12 St James's Square\nSW1Y 4JH London\nUnited Kingdom", "Work: Analytical Engine Works\nSuite 4\nCambridge, MA 02139\nUSA"));
    }
}
