package app.touchbase.exporting.read;

import app.touchbase.contact.api.Channel;
import app.touchbase.contact.api.ContactDetails;
import app.touchbase.contact.api.ContactSummary;
import app.touchbase.contact.api.Fact;
import app.touchbase.importantdate.api.ImportantDate;
import app.touchbase.importing.api.ImportFormat;
import app.touchbase.importing.api.ImportedDate;
import app.touchbase.importing.api.ImportedPerson;
import app.touchbase.importing.parse.ContactFiles;
import app.touchbase.importing.parse.ParsedFile;
import app.touchbase.importing.parse.ParsedRow;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** What Touchbase exports, Touchbase imports again unchanged. */
class ExportImportRoundTripProperties {

    private static final Instant AT = Instant.parse("2026-01-01T00:00:00Z");

    record Contact(ContactDetails details, List<String> facts, MonthDay birthday, Integer birthYear, List<ImportedDate> otherDates) {
    }

    @Property(tries = 200)
    void theCsvExportImportsAsItWasExported(@ForAll("networks") List<Contact> network) {
        ParsedFile file = ContactFiles.read(ContactExports.csv(rows(network)).getBytes(StandardCharsets.UTF_8));

        assertThat(file.format()).isEqualTo(ImportFormat.TOUCHBASE);
        assertThat(file.rows()).hasSameSizeAs(network);
        for (int i = 0; i < network.size(); i++) {
            ParsedRow row = file.rows().get(i);
            assertThat(row.skippedBecause()).isNull();
            assertThat(row.warnings()).isEmpty();
            assertThat(row.person().details()).isEqualTo(network.get(i).details());
            assertThat(row.person().notes()).isEqualTo(network.get(i).facts());
            assertThat(row.person().birthday()).isEqualTo(network.get(i).birthday());
            assertThat(row.person().birthYear()).isEqualTo(network.get(i).birthYear());
            assertThat(row.person().dates()).as("other dates come back as dates").isEqualTo(network.get(i).otherDates());
        }
    }

    @Property(tries = 200)
    void theVCardExportImportsAsItWasExported(@ForAll("networks") List<Contact> network) {
        ParsedFile file = ContactFiles.read(ContactExports.vcards(rows(network)).getBytes(StandardCharsets.UTF_8));

        assertThat(file.format()).isEqualTo(ImportFormat.VCARD);
        assertThat(file.rows()).hasSameSizeAs(network);
        for (int i = 0; i < network.size(); i++) {
            ImportedPerson person = file.rows().get(i).person();
            ContactDetails exported = network.get(i).details();
            assertThat(file.rows().get(i).warnings()).isEmpty();
            // a vCard has no field for the preferred channel
            assertThat(person.details()).isEqualTo(new ContactDetails(exported.name(), exported.emails(), exported.phones(),
                    exported.company(), exported.role(), null, exported.howWeMet(), exported.tags(), exported.addresses()));
            assertThat(person.birthday()).isEqualTo(network.get(i).birthday());
            assertThat(person.birthYear()).isEqualTo(network.get(i).birthYear());
            assertThat(person.dates()).as("other dates come back as dates").containsExactlyInAnyOrderElementsOf(network.get(i).otherDates());
            // the facts travel as the lines of one note
            assertThat(person.notes()).isEqualTo(network.get(i).facts().isEmpty() ? List.of()
                    : List.of(String.join("\n", network.get(i).facts())));
        }
    }

    private static List<ContactExports.Row> rows(List<Contact> network) {
        return network.stream().map(contact -> new ContactExports.Row(
                new ContactSummary(UUID.randomUUID(), contact.details(), false, AT),
                contact.facts().stream().map(text -> new Fact(UUID.randomUUID(), null, text, null, AT)).toList(),
                Optional.empty(),
                Stream.concat(Stream.ofNullable(contact.birthday()).map(birthday -> new ImportantDate(UUID.randomUUID(), UUID.randomUUID(),
                                contact.details().name(), "Birthday", birthday, contact.birthYear(), 7, null)),
                        contact.otherDates().stream().map(date -> new ImportantDate(UUID.randomUUID(), UUID.randomUUID(),
                                contact.details().name(), date.label(), date.day(), date.year(), 3, null))).toList(),
                List.of())).toList();
    }

    @Provide
    Arbitrary<List<Contact>> networks() {
        Arbitrary<ContactDetails> details = Combinators.combine(
                text(1, 60), emails().list().ofMaxSize(3).uniqueElements(), phones().list().ofMaxSize(3).uniqueElements(),
                text(1, 40).injectNull(0.3), text(1, 40).injectNull(0.3), Arbitraries.of(Channel.class).injectNull(0.3),
                text(1, 80).injectNull(0.3), tags().list().ofMaxSize(4).uniqueElements())
                .as(ContactDetails::new);
        Arbitrary<List<String>> addresses = text(1, 40).list().ofMinSize(1).ofMaxSize(4).map(lines -> String.join("\n", lines))
                .list().ofMaxSize(3).uniqueElements();
        Arbitrary<ContactDetails> withAddresses = Combinators.combine(details, addresses)
                .as((one, postal) -> one.withAddresses(postal.toArray(String[]::new)));
        Arbitrary<MonthDay> birthdays = Arbitraries.integers().between(1, 366)
                .map(day -> MonthDay.from(LocalDate.ofYearDay(2024, day))).injectNull(0.4);
        Arbitrary<Integer> years = Arbitraries.integers().between(1930, 2010).injectNull(0.4);
        Arbitrary<ImportedDate> otherDate = Combinators.combine(Arbitraries.of("Anniversary", "Name day", "Graduation", "Moved to Lisbon"),
                        birthdays.filter(Objects::nonNull), years)
                .as((label, day, year) -> new ImportedDate(label, day, day.getMonthValue() == 2 && day.getDayOfMonth() == 29 ? null : year));
        Arbitrary<Contact> contact = Combinators.combine(withAddresses, plain(1, 60).list().ofMaxSize(3).uniqueElements(), birthdays, years,
                        otherDate.list().ofMaxSize(3).uniqueElements(ImportedDate::label))
                .as((details1, facts, birthday, year, others) -> new Contact(details1, facts, birthday,
                        birthday == null || (birthday.getMonthValue() == 2 && birthday.getDayOfMonth() == 29) ? null : year, others));
        return contact.list().ofMinSize(1).ofMaxSize(5);
    }

    /** One line of text in any script, with the characters CSV and vCard must escape, and spreadsheet formula starts. */
    private static Arbitrary<String> text(int min, int max) {
        return Arbitraries.strings().withChars("aZé ,;:\"\\=+-@'()&ßøÅ中文한국어").withCharRange('a', 'z').ofMinLength(min).ofMaxLength(max)
                .filter(value -> !value.isBlank() && value.strip().equals(value) && !value.startsWith("'"));
    }

    /** Fact text: the export joins facts with "; ", so they hold no semicolons. */
    private static Arbitrary<String> plain(int min, int max) {
        return Arbitraries.strings().withChars("aé ,.:\"=+()ß中").withCharRange('a', 'z').ofMinLength(min).ofMaxLength(max)
                .filter(value -> !value.isBlank() && value.strip().equals(value));
    }

    private static Arbitrary<String> emails() {
        return Combinators.combine(Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(10),
                Arbitraries.of("example.com", "mail.example.org")).as((local, domain) -> local + "@" + domain);
    }

    private static Arbitrary<String> phones() {
        return Arbitraries.strings().withChars("0123456789 ").ofMinLength(6).ofMaxLength(14)
                .filter(digits -> digits.strip().equals(digits) && !digits.contains("  ")).map(digits -> "+" + digits);
    }

    private static Arbitrary<String> tags() {
        return Arbitraries.strings().withCharRange('a', 'z').withChars(" -é").ofMinLength(1).ofMaxLength(20)
                .filter(tag -> tag.strip().equals(tag));
    }
}
