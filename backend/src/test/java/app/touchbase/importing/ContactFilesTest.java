package app.touchbase.importing;

import app.touchbase.importing.api.ImportFormat;
import app.touchbase.importing.api.ImportedPerson;
import app.touchbase.importing.parse.ContactFiles;
import app.touchbase.importing.parse.ParsedFile;
import app.touchbase.importing.parse.ParsedRow;
import app.touchbase.shared.api.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.MonthDay;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Realistic export files of each kind, and files that must be refused. */
class ContactFilesTest {

    static byte[] sample(String name) {
        try (InputStream in = ContactFilesTest.class.getResourceAsStream("/imports/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no sample " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ImportedPerson person(ParsedFile file, String name) {
        return file.rows().stream().map(ParsedRow::person).filter(p -> p != null && p.details().name().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no " + name + " in " + file.rows()));
    }

    @Test
    void linkedInConnectionsAreFoundBelowTheNotes() {
        ParsedFile file = ContactFiles.read(sample("Connections.csv"));
        assertThat(file.format()).isEqualTo(ImportFormat.LINKEDIN);
        assertThat(file.rows()).as("the empty row is left out").hasSize(6);
        ImportedPerson grace = person(file, "Grace Hopper");
        assertThat(grace.details().emails()).containsExactly("grace@navy.example.com");
        assertThat(grace.details().company()).isEqualTo("US Navy");
        assertThat(grace.details().role()).isEqualTo("Rear Admiral");
        assertThat(grace.details().howWeMet()).isEqualTo("Connected on LinkedIn on 2019-03-14");
        assertThat(grace.notes()).containsExactly("LinkedIn profile: https://www.linkedin.com/in/gracehopper");
        assertThat(person(file, "Alan Turing").details().role()).isEqualTo("Reader, Computing Machine Laboratory");
        assertThat(person(file, "Ōtani Shōhei").details().howWeMet()).isEqualTo("Connected on LinkedIn on 2023-07-07");
        assertThat(person(file, "محمد الخوارزمي").details().emails()).containsExactly("khwarizmi@house-of-wisdom.example.com");
        assertThat(file.rows()).anySatisfy(row -> {
            assertThat(row.person()).isNull();
            assertThat(row.skippedBecause()).isEqualTo("LinkedIn hides this member's name, so there is no one to add.");
        });
        ParsedRow katherine = file.rows().stream().filter(row -> row.person() != null
                && row.person().details().name().equals("Katherine Johnson")).findFirst().orElseThrow();
        assertThat(katherine.person().details().emails()).isEmpty();
        assertThat(katherine.warnings()).containsExactly("left out the email address 'not-an-email': it is not valid",
                "left out the date 'sometime in 2020': it is not a date like 1 Jan 2026 or 1/8/18");
    }

    @Test
    void olderLinkedInExportsWithoutUrlsWork() {
        ParsedFile file = ContactFiles.read(sample("Connections-2019.csv"));
        assertThat(file.format()).isEqualTo(ImportFormat.LINKEDIN);
        assertThat(person(file, "Margaret Hamilton").notes()).isEmpty();
        assertThat(person(file, "Linus Torvalds").details().company()).isEqualTo("Linux Foundation");
    }

    @Test
    void googleContactsAreReadByColumnName() {
        ParsedFile file = ContactFiles.read(sample("google-contacts.csv"));
        assertThat(file.format()).isEqualTo(ImportFormat.GOOGLE);
        ImportedPerson ada = person(file, "Ada Lovelace");
        assertThat(ada.details().emails()).as("the primary (* Work) addresses first, then the others")
                .containsExactly("ada@engines.example.com", "ada.lovelace@engines.example.com", "ada@home.example.com");
        assertThat(ada.details().phones()).containsExactly("+44 20 7946 0958", "(020) 7946 0000");
        assertThat(ada.details().company()).isEqualTo("Analytical Engines Ltd");
        assertThat(ada.details().tags()).containsExactly("mentors", "london");
        assertThat(ada.birthday()).isEqualTo(MonthDay.of(12, 10));
        assertThat(ada.birthYear()).isEqualTo(1815);
        assertThat(ada.notes()).containsExactly("Met at the Babbage lecture.\nLoves poetry and horses.");
        ImportedPerson tim = person(file, "Sir Tim Berners-Lee");
        assertThat(tim.birthday()).as("a birthday without a year").isEqualTo(MonthDay.of(6, 8));
        assertThat(tim.birthYear()).isNull();
        assertThat(tim.details().tags()).as("system groups are not tags").isEmpty();
        assertThat(person(file, "someone@unknown.example.com").details().emails()).containsExactly("someone@unknown.example.com");
        assertThat(file.rows()).anySatisfy(row -> assertThat(row.skippedBecause()).isEqualTo("No name, company or email address."));
        ParsedRow hedy = file.rows().stream().filter(row -> row.person() != null && row.person().details().name().equals("Hedy Lamarr"))
                .findFirst().orElseThrow();
        assertThat(hedy.person().birthday()).isNull();
        assertThat(hedy.warnings()).containsExactly("left out the birthday '1914-02-30': there is no such day");
    }

    @Test
    void theOlderGoogleCsvWorksToo() {
        ImportedPerson barbara = person(ContactFiles.read(sample("google-legacy.csv")), "Barbara Liskov");
        assertThat(barbara.details().emails()).containsExactly("liskov@mit.example.com");
        assertThat(barbara.details().company()).isEqualTo("MIT");
        assertThat(barbara.details().role()).isEqualTo("Institute Professor");
        assertThat(barbara.details().tags()).containsExactly("mentors");
        assertThat(barbara.birthday()).isEqualTo(MonthDay.of(11, 7));
    }

    @Test
    void vCardsOfEveryVersionAreRead() {
        ParsedFile v21 = ContactFiles.read(sample("contacts-2.1.vcf"));
        assertThat(v21.format()).isEqualTo(ImportFormat.VCARD);
        ImportedPerson kay = person(v21, "Alan Kay");
        assertThat(kay.details().phones()).containsExactly("+1 650 812 4000");
        assertThat(kay.birthYear()).isEqualTo(1940);
        assertThat(kay.notes()).containsExactly("The best way to predict the future\nis to invent it.");
        assertThat(person(v21, "Adele Goldberg").details().emails()).containsExactly("adele@parc.example.com");

        ParsedFile v30 = ContactFiles.read(sample("contacts-3.0.vcf"));
        ImportedPerson grace = person(v30, "Grace Hopper");
        assertThat(grace.details().emails()).containsExactly("grace@navy.example.com", "amazing.grace@home.example.com");
        assertThat(grace.details().company()).isEqualTo("US Navy");
        assertThat(grace.details().tags()).containsExactly("mentors", "navy");
        assertThat(grace.birthday()).isEqualTo(MonthDay.of(12, 9));
        assertThat(grace.details().addresses()).containsExactly("Home: 1 Navy Way\nArlington, VA 22202\nUnited States",
                "Work: Building 5\n1000 Navy Pentagon\nRoom 4E\nWashington, DC 20350\nUSA");
        assertThat(v30.rows()).anySatisfy(row -> assertThat(row.skippedBecause())
                .isEqualTo("The card has no name (FN or N) and no email address."));

        ParsedFile v40 = ContactFiles.read(sample("contacts-4.0.vcf"));
        ImportedPerson knuth = person(v40, "Donald Knuth");
        assertThat(knuth.birthday()).isEqualTo(MonthDay.of(1, 10));
        assertThat(knuth.birthYear()).isNull();
        assertThat(knuth.details().phones()).containsExactly("+1-650-723-2300");
        assertThat(knuth.details().addresses()).containsExactly("Work: 353 Jane Stanford Way\nStanford, CA 94305\nUSA");
        assertThat(knuth.notes()).containsExactly("Web: https://www-cs-faculty.stanford.edu/~knuth/");
        assertThat(person(v40, "Frances Allen").birthYear()).isEqualTo(1932);
    }

    @Test
    void filesOfAnotherKindAreRefusedWithTheReason() {
        assertThatThrownBy(() -> ContactFiles.read(sample("not-contacts.csv")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("This is not a contact file Touchbase knows (LinkedIn, Google Contacts, Outlook, Thunderbird or "
                        + "Touchbase CSV, or a vCard .vcf file): its first line is \"date,amount,description\". Export the contacts again in "
                        + "one of these.");
        assertThatThrownBy(() -> ContactFiles.read(sample("nul.csv"))).hasMessageStartingWith("This is not a text file.");
        assertThatThrownBy(() -> ContactFiles.read(new byte[0])).hasMessage("The file is empty.");
        byte[] huge = new byte[50 * 1024 * 1024];
        Arrays.fill(huge, (byte) 'a');
        assertThatThrownBy(() -> ContactFiles.read(huge))
                .hasMessage("The file is 50.0 MB; at most 5.0 MB can be imported at once. Split it into smaller files.");
        assertThatThrownBy(() -> ContactFiles.read("First Name,Last Name,E-mail 1 - Value\n\"Broken,quote\n".getBytes()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("The CSV file is broken near line 2: a quoted value is not closed, or a quote inside a value is not "
                        + "doubled. Open the file in a spreadsheet and save it as CSV again.")
                .message().doesNotContain("org.apache", "Exception");
    }

    @Test
    void hostileValuesAreKeptAsPlainText() {
        ParsedFile file = ContactFiles.read(sample("hostile.csv"));
        assertThat(file.rows()).extracting(row -> row.person().details().name())
                .containsExactly("=HYPERLINK(\"http://evil.example\") Smith", "Bell Ring");
        assertThat(person(file, "Bell Ring").details().company()).isEqualTo("Acme");
        String longName = "x".repeat(300);
        ParsedFile tooLong = ContactFiles.read(("BEGIN:VCARD\nVERSION:4.0\nFN:" + longName + "\nEND:VCARD\n").getBytes());
        assertThat(tooLong.rows()).singleElement().satisfies(row ->
                assertThat(row.skippedBecause()).isEqualTo("Name is too long: 300 characters, at most 200 allowed."));
        ParsedFile controls = ContactFiles.read("BEGIN:VCARD\nVERSION:4.0\nFN:Bell\u0007 Ring\u001b\nEND:VCARD\n".getBytes());
        assertThat(controls.rows().get(0).person().details().name()).isEqualTo("Bell Ring");
    }

    static List<String> names(ParsedFile file) {
        return file.rows().stream().filter(row -> row.person() != null).map(row -> row.person().details().name()).toList();
    }
}
