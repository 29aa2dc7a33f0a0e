package app.touchbase.importing;

import app.touchbase.importing.api.ImportFormat;
import app.touchbase.importing.api.ImportedDate;
import app.touchbase.importing.api.ImportedPerson;
import app.touchbase.importing.parse.ContactFiles;
import app.touchbase.importing.parse.ParsedFile;
import app.touchbase.importing.parse.ParsedRow;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.MonthDay;

import static app.touchbase.importing.ContactFilesTest.names;
import static app.touchbase.importing.ContactFilesTest.person;
import static app.touchbase.importing.ContactFilesTest.sample;
import static org.assertj.core.api.Assertions.assertThat;

/** Exports as phones, mail programs and LinkedIn wrote them over the years: their encodings, separators and layouts. */
class RealWorldImportTest {

    static ParsedRow row(ParsedFile file, String name) {
        return file.rows().stream().filter(row -> row.person() != null && row.person().details().name().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no " + name + " in " + file.rows()));
    }

    @Test
    void aJapanesePhonesShiftJisCardsAreReadInTheCharsetEachPropertyDeclares() {
        ParsedFile file = ContactFiles.read(sample("docomo-shift_jis.vcf"));
        assertThat(file.format()).isEqualTo(ImportFormat.VCARD);
        assertThat(names(file)).as("ソ and 表 end in a backslash byte, which must not be taken for an escape")
                .containsExactly("表 ソラ", "山田 太郎");
        assertThat(person(file, "表 ソラ").notes()).containsExactly("大学の友達");
        assertThat(person(file, "山田 太郎").details().phones()).as("TYPE=pref first").containsExactly("080-9876-5432", "03-1234-5678");
        assertThat(file.notes()).containsExactly("Read in the character set each card declares (Shift_JIS), the rest as UTF-8.");
        assertThat(file.rows()).extracting(ParsedRow::row).as("the line each card begins on").containsExactly(1, 10);
    }

    @Test
    void shiftJisWithoutADeclarationIsRecognisedFromItsBytes() {
        ParsedFile card = ContactFiles.read(sample("au-undeclared-shift_jis.vcf"));
        assertThat(person(card, "鈴木 一郎").notes()).containsExactly("野球選手、シアトルで会った");
        assertThat(card.notes()).singleElement().asString().startsWith("Read as Shift_JIS text, guessed from its bytes");

        ParsedFile csv = ContactFiles.read(sample("google-excel-shift_jis.csv"));
        assertThat(csv.format()).isEqualTo(ImportFormat.GOOGLE);
        assertThat(person(csv, "佐藤 花子").details().company()).isEqualTo("東京大学");
        assertThat(person(csv, "山田 太郎").notes()).containsExactly("大学の先輩");
        assertThat(csv.notes()).singleElement().asString().startsWith("Read as Shift_JIS text, guessed from its bytes");
    }

    @Test
    void outlooksWindows1252CardKeepsItsUmlautsAndQuotedPrintableNote() {
        ParsedFile file = ContactFiles.read(sample("outlook-windows-1252.vcf"));
        ParsedRow zoe = row(file, "Zoë Müller");
        assertThat(zoe.person().details().company()).isEqualTo("Bäckerei Größe");
        assertThat(zoe.person().notes()).containsExactly("Mag Brötchen.\nGrüße aus Berlin");
        assertThat(zoe.person().details().phones()).containsExactly("+49 30 1234567");
        assertThat(zoe.warnings()).containsExactly("left out the fax number '+49 30 1234568': only phone numbers to call or text are kept");
        assertThat(file.notes()).containsExactly("Read in the character set each card declares (windows-1252), the rest as UTF-8.");
    }

    @Test
    void cardsFromDifferentDevicesInOneFileEachKeepTheirOwnCharset() {
        ParsedFile file = ContactFiles.read(sample("mixed-charsets.vcf"));
        assertThat(names(file)).containsExactly("Anders Ångström", "Søren Nørgaard", "Đorđe Balašević");
        assertThat(file.rows()).extracting(ParsedRow::row).containsExactly(1, 7, 12);
        assertThat(file.notes()).containsExactly("Read in the character set each card declares (ISO-8859-1), the rest as UTF-8.");
    }

    @Test
    void aLineThatIsNotInTheCharsetItDeclaresIsReadAnywayAndSaid() {
        byte[] card = "BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=UTF-8:M\u00fcller;Anna\r\nEND:VCARD\r\n".getBytes(StandardCharsets.ISO_8859_1);
        ParsedFile file = ContactFiles.read(card);
        assertThat(names(file)).singleElement().asString().startsWith("Anna M").endsWith("ller");
        assertThat(file.notes()).containsExactly("Read as UTF-8 text. Some characters on line 3 are not in the character set "
                + "declared there and may look wrong.");
    }

    @Test
    void quotedPrintableWithoutACharsetIsReadAsUtf8WhenItIsAndOtherwiseGuessedAndSaid() {
        ParsedFile latin = ContactFiles.read(sample("qp-no-charset-1252.vcf"));
        ImportedPerson jose = person(latin, "José García");
        assertThat(jose.notes()).containsExactly("Un señor muy amable que vive en Málaga y que siempre trae café.");
        assertThat(latin.notes()).contains("Quoted-printable values that name no character set were read as windows-1252, "
                + "guessed from their bytes.");
        assertThat(String.join("", names(latin))).doesNotContain("\uFFFD");

        ParsedFile utf8 = ContactFiles.read(sample("qp-no-charset-utf8.vcf"));
        assertThat(names(utf8)).containsExactly("Jürgen Müller");
        assertThat(utf8.notes()).containsExactly("Read as UTF-8 text.");
    }

    @Test
    void appleAddressBookInUtf16WithoutAByteOrderMark() {
        for (String sample : new String[]{"apple-utf16le-nobom.vcf", "apple-utf16be-nobom.vcf"}) {
            ParsedFile file = ContactFiles.read(sample(sample));
            ImportedPerson woz = person(file, "Stephen Gary Wozniak");
            assertThat(woz.details().company()).isEqualTo("Apple Computer");
            assertThat(woz.details().emails()).as("type=pref first").containsExactly("woz@apple.example.com", "woz@home.example.com");
            assertThat(woz.details().phones()).containsExactly("+1 408 555 0111", "+1 408 996 1010");
            assertThat(woz.birthday()).isEqualTo(MonthDay.of(8, 11));
            assertThat(woz.birthYear()).as("Apple's 1604 means no year").isNull();
            assertThat(row(file, "Stephen Gary Wozniak").warnings()).isEmpty();
            assertThat(woz.notes()).containsExactly("Spouse: Janet");
            assertThat(woz.dates()).as("an anniversary becomes an important date").containsExactly(
                    new ImportedDate("Anniversary", MonthDay.of(7, 31), 2008));
            ImportedPerson steve = person(file, "Steve Jobs");
            assertThat(steve.birthYear()).isEqualTo(1955);
            assertThat(steve.notes()).containsExactly("Nickname: Steve");
            assertThat(file.notes()).containsExactly(sample.contains("16le") ? "Read as UTF-16LE text." : "Read as UTF-16BE text.");
        }
    }

    @Test
    void vCard4PrefRanksTheEmailsAndPhones() {
        ParsedRow radia = row(ContactFiles.read(sample("pref-4.0.vcf")), "Radia Perlman");
        assertThat(radia.person().details().emails()).containsExactly("radia@work.example.com", "radia@home.example.com");
        assertThat(radia.person().details().phones()).containsExactly("+1-425-555-0142", "+1-425-555-0100");
        assertThat(radia.warnings()).containsExactly("left out the fax number '+1-425-555-0199': only phone numbers to call or text are kept");
        assertThat(radia.person().notes()).containsExactly("Child: Sam",
                "Social profile (mastodon): https://mastodon.example/@radia");
        assertThat(radia.person().dates()).containsExactly(new ImportedDate("Anniversary", MonthDay.of(6, 12), 1990));
    }

    @Test
    void phoneNumbersWithExtensionsPausesAndDirectionMarksAreKept() {
        String card = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:\u0646\u0627\u062f\u064a\u0629\r\n"
                + "TEL;type=CELL:\u200E+49 30 1234567\u200F\r\n"
                + "TEL;type=WORK:+1 650-253-0000 ext. 123\r\n"
                + "TEL;type=HOME:+1 650 253 0001,,55\r\n"
                + "TEL;type=OTHER:call me maybe\r\nEND:VCARD\r\n";
        ParsedRow row = ContactFiles.read(card.getBytes(StandardCharsets.UTF_8)).rows().get(0);
        assertThat(row.person().details().phones()).containsExactly("+49 30 1234567", "+1 650-253-0000 x123", "+1 650-253-0001 x55");
        assertThat(row.warnings()).containsExactly("kept the phone number '+1 650-253-0000 ext. 123' as +1 650-253-0000 x123",
                "kept the phone number '+1 650 253 0001,,55' as +1 650-253-0001 x55",
                "left out the phone number 'call me maybe': it is not a phone number");
        ParsedRow uri = ContactFiles.read("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ext\r\nTEL;VALUE=uri:tel:+1-425-555-0142;ext=7\r\nEND:VCARD\r\n"
                .getBytes(StandardCharsets.UTF_8)).rows().get(0);
        assertThat(uri.person().details().phones()).containsExactly("+1-425-555-0142 x7");
    }

    @Test
    void outlookCsvInWindows1252IsReadByColumnName() {
        ParsedFile file = ContactFiles.read(sample("outlook.csv"));
        assertThat(file.format()).isEqualTo(ImportFormat.OUTLOOK);
        assertThat(file.notes()).singleElement().asString().startsWith("Read as windows-1252 text, guessed from its bytes");
        ParsedRow jose = row(file, "José García");
        assertThat(jose.person().details().company()).isEqualTo("Café Olé S.L.");
        assertThat(jose.person().details().role()).isEqualTo("Gerente");
        assertThat(jose.person().details().emails()).containsExactly("jose@cafe-ole.example.com");
        assertThat(jose.person().details().phones()).containsExactly("+34 600 11 22 33", "+34 91 123 45 67");
        assertThat(jose.person().details().tags()).containsExactly("friends", "golf");
        assertThat(jose.person().birthday()).isEqualTo(MonthDay.of(5, 17));
        assertThat(jose.person().birthYear()).isEqualTo(1990);
        assertThat(jose.person().notes()).containsExactly("Met in Málaga.\nLikes jamón.", "Spouse: Lucía",
                "Web: https://cafe-ole.example.com/");
        assertThat(jose.person().dates()).containsExactly(new ImportedDate("Anniversary", MonthDay.of(6, 21), 2015));
        assertThat(jose.person().details().addresses()).containsExactly(
                "Work: Calle de Alcalá 42\nPlanta 3\nMadrid, Comunidad de Madrid 28014\nSpain",
                "Home: Calle Larios 5\n29005 Málaga\nSpain");
        assertThat(jose.warnings()).containsExactly("left out the fax number '+34 91 123 45 68': only phone numbers to call or text are kept");
        assertThat(jose.keptAs()).containsExactly("Birthday → important date", "Notes → fact", "Spouse → fact",
                "Anniversary → important date", "Website → fact", "2 × Address → postal addresses");
        ParsedRow zoe = row(file, "Dr. Zoë Müller Jr.");
        assertThat(zoe.person().birthday()).as("0/0/00 is Outlook's empty date").isNull();
        assertThat(zoe.warnings()).containsExactly("left out the pager number '555-0199': only phone numbers to call or text are kept");
        assertThat(person(file, "Acme Corp").details().emails()).containsExactly("info@acme.example.com");
        assertThat(file.rows()).extracting(ParsedRow::row).as("file lines; José's note takes two").containsExactly(2, 4, 5);
    }

    @Test
    void germanOutlookSavedByExcelWithSemicolons() {
        ParsedFile file = ContactFiles.read(sample("outlook-german-excel.csv"));
        assertThat(file.format()).isEqualTo(ImportFormat.OUTLOOK);
        assertThat(file.notes()).contains("Columns are separated by semicolons.");
        ImportedPerson juergen = person(file, "Jürgen Größe");
        assertThat(juergen.details().company()).isEqualTo("Bäckerei Größe GmbH");
        assertThat(juergen.details().role()).isEqualTo("Inhaber");
        assertThat(juergen.details().phones()).containsExactly("+49 171 2345678", "+49 30 1234567");
        assertThat(juergen.details().tags()).containsExactly("kunden", "berlin");
        assertThat(juergen.birthday()).isEqualTo(MonthDay.of(5, 17));
        assertThat(juergen.birthYear()).isEqualTo(1970);
        assertThat(juergen.details().addresses()).containsExactly("Work: Kastanienallee 12\n10435 Berlin\nDeutschland");
    }

    @Test
    void linkedIn2018ConnectionsSavedByEuropeanExcel() {
        ParsedFile file = ContactFiles.read(sample("Connections-2018-excel.csv"));
        assertThat(file.format()).isEqualTo(ImportFormat.LINKEDIN);
        assertThat(file.notes()).containsExactly("Read as UTF-8 text.", "Columns are separated by semicolons.");
        assertThat(person(file, "Margaret Hamilton").details().howWeMet()).isEqualTo("Connected on LinkedIn on 2018-01-08");
        assertThat(person(file, "Linus Torvalds").details().howWeMet()).isEqualTo("Connected on LinkedIn on 2017-12-24");
        assertThat(file.rows()).filteredOn(row -> row.person() == null).singleElement().satisfies(row -> {
            assertThat(row.row()).isEqualTo(4);
            assertThat(row.skippedBecause()).isEqualTo("LinkedIn hides this member's name, so there is no one to add.");
        });
    }

    @Test
    void linkedInImportedContactsOldAndNew() {
        ParsedFile old = ContactFiles.read(sample("LinkedIn-Imported-Contacts.csv"));
        assertThat(old.format()).isEqualTo(ImportFormat.LINKEDIN_CONTACTS);
        ImportedPerson vint = person(old, "Vint Cerf");
        assertThat(vint.details().phones()).containsExactly("+1 650 253 0000", "+1 202 555 0100");
        assertThat(vint.details().company()).isEqualTo("Google");
        assertThat(vint.details().role()).isEqualTo("Chief Internet Evangelist");
        assertThat(vint.notes()).containsExactly("Web: https://internet.example.org");
        assertThat(names(old)).contains("bob@example.com");

        ParsedFile current = ContactFiles.read(sample("LinkedIn-Contacts.csv"));
        ImportedPerson radia = person(current, "Radia Perlman");
        assertThat(radia.details().emails()).containsExactly("radia@dell.example.com", "radia@home.example.com");
        assertThat(radia.details().company()).isEqualTo("Dell EMC");
        assertThat(radia.details().phones()).containsExactly("+1 425 555 0142");
        assertThat(radia.notes()).as("the second company is not dropped").containsExactly("Company: Intel");
    }

    @Test
    void linkedInContactsKeepTheirAddressesBirthdaysProfilesAndSayWhatIsLeftOut() {
        ParsedFile file = ContactFiles.read(sample("LinkedIn-Contacts.csv"));
        assertThat(file.format()).isEqualTo(ImportFormat.LINKEDIN_CONTACTS);
        assertThat(file.notes()).contains("Left out the columns CreatedAt and BookmarkedAt: they say when LinkedIn got each "
                + "contact, not about the person.");
        ParsedRow vint = row(file, "Vint Cerf");
        assertThat(vint.person().details().addresses()).as("the cell is one address, its own commas kept")
                .containsExactly("1600 Amphitheatre Parkway\nMountain View, CA 94043\nUSA");
        assertThat(vint.person().details().company()).isEqualTo("Google");
        assertThat(vint.person().details().phones()).containsExactly("+1 650 253 0000", "+1 202 555 0100");
        assertThat(vint.person().details().howWeMet()).isEqualTo("Imported from LinkedIn contacts (GOOGLE_CONTACTS)");
        assertThat(vint.person().birthday()).isEqualTo(MonthDay.of(6, 23));
        assertThat(vint.person().birthYear()).isEqualTo(1943);
        assertThat(vint.person().notes()).containsExactly("Company: ICANN", "Web: https://internet.example.org",
                "Social profile: https://twitter.example.com/vgcerf", "Instant messaging: vint.cerf (Skype)",
                "Location: Washington, D.C.");
        assertThat(vint.keptAs()).containsExactly("Companies → fact", "Website → fact", "Profiles → fact",
                "InstantMessageHandles → fact", "Address → postal addresses", "Birthday → important date", "Location → fact",
                "Source → how we met");
        assertThat(vint.warnings()).isEmpty();
        assertThat(file.rows()).filteredOn(one -> one.person() == null).singleElement().satisfies(skipped -> {
            assertThat(skipped.row()).as("the line it begins on, after Vint's three").isEqualTo(6);
            assertThat(skipped.skippedBecause()).isEqualTo("No name and no email address.");
        });
    }

    @Test
    void thunderbirdCommaAndTabSeparated() {
        ParsedFile file = ContactFiles.read(sample("thunderbird.csv"));
        assertThat(file.format()).isEqualTo(ImportFormat.THUNDERBIRD);
        ParsedRow mitchell = row(file, "Mitchell Baker");
        assertThat(mitchell.person().details().emails()).containsExactly("mitchell@mozilla.example.org", "mb@home.example.org");
        assertThat(mitchell.person().details().company()).isEqualTo("Mozilla");
        assertThat(mitchell.person().birthday()).isEqualTo(MonthDay.of(5, 2));
        assertThat(mitchell.person().birthYear()).isNull();
        assertThat(mitchell.person().notes()).containsExactly("Open source", "Nickname: Mitch", "Web: https://www.mozilla.example.org/");
        assertThat(mitchell.warnings()).containsExactly("left out the fax number '+1 650 903 0875': only phone numbers to call or text are kept");
        assertThat(person(file, "Brendan").birthYear()).isEqualTo(1961);

        assertThat(mitchell.person().details().addresses()).isEmpty();

        ParsedFile tabs = ContactFiles.read(sample("thunderbird-tab.txt"));
        assertThat(tabs.notes()).last().isEqualTo("Columns are separated by tabs.");
        assertThat(person(tabs, "Frédéric Chopin").details().phones()).containsExactly("+48 22 555 01 02");
    }

    @Test
    void thunderbirdsHomeAndWorkAddressesAreKeptAsTheOutlookOnesAre() {
        ParsedFile file = ContactFiles.read(sample("thunderbird-addresses.csv"));
        assertThat(file.format()).isEqualTo(ImportFormat.THUNDERBIRD);
        ParsedRow ada = row(file, "Ada Lovelace");
        assertThat(ada.person().details().addresses()).containsExactly(
                "Home: 12 St James's Square\nSW1Y 4JH London\nUnited Kingdom",
                "Work: Analytical Engine Works\nSuite 4\nCambridge, MA 02139\nUSA");
        assertThat(ada.person().details().phones()).containsExactly("+44 20 7946 0018");
        assertThat(ada.person().birthYear()).isEqualTo(1815);
        assertThat(ada.person().notes()).containsExactly("Department: Engine design");
        assertThat(ada.keptAs()).containsExactly("Birthday → important date", "Department → fact", "2 × Address → postal addresses");
        ParsedRow marie = row(file, "Marie Curie");
        assertThat(marie.person().details().addresses()).as("a street of two lines, no region")
                .containsExactly("Home: Flat 2\n36 Quai de Béthune\n75004 Paris\nFrance");
        assertThat(marie.keptAs()).containsExactly("Notes → fact", "Address → postal addresses");
        assertThat(file.rows()).filteredOn(one -> one.person() == null).singleElement().satisfies(skipped -> {
            assertThat(skipped.row()).as("Marie's street takes two lines").isEqualTo(5);
            assertThat(skipped.skippedBecause()).isEqualTo("No display name, first or last name, or email address.");
        });
    }

    @Test
    void googlesOlderCsvKeepsItsOwnNameColumnAndLeavesSystemGroupsOut() {
        ParsedFile file = ContactFiles.read(sample("google-legacy-names.csv"));
        ImportedPerson king = person(file, "Dr. Martin Luther King, Jr.");
        assertThat(king.details().tags()).as("My Contacts and Starred in Android are every account's").containsExactly("friends");
        assertThat(king.notes()).as("a repeated website is one fact").containsExactly("Web: https://mlk.example.org");
        assertThat(names(file)).contains("j.doe@example.com", "Mrs. Anna Karenina");
    }

    @Test
    void googlesCurrentCsvKeepsPrefixSuffixRelationsEventsAndWebsites() {
        ParsedFile file = ContactFiles.read(sample("google-2024.csv"));
        ImportedPerson grace = person(file, "Rear Admiral Grace Brewster Hopper PhD");
        assertThat(grace.details().tags()).containsExactly("mentors");
        assertThat(grace.notes()).containsExactly("Nickname: Amazing Grace",
                "Spouse: Vincent Hopper", "Web: https://grace.example.org");
        assertThat(row(file, "Rear Admiral Grace Brewster Hopper PhD").keptAs()).as("a repeated website is kept once")
                .containsExactly("Birthday → important date", "Nickname → fact", "Anniversary → important date", "Spouse → fact",
                        "Website → fact", "2 × Address → postal addresses");
        assertThat(grace.dates()).containsExactly(new ImportedDate("Anniversary", MonthDay.of(6, 15), 1930));
        assertThat(grace.details().addresses()).as("the formatted address as Google wrote it, else from its parts")
                .containsExactly("Home: 1 Navy Way\nArlington, VA 22202\nUS", "Work: Room 4E\n1000 Navy Pentagon\nWashington, DC 20350\nUS");
    }

    @Test
    void aWindows1252GoogleCsvIsReadAndTheEncodingSaid() {
        ParsedFile file = ContactFiles.read(sample("latin1-google.csv"));
        assertThat(names(file)).containsExactly("José García");
        assertThat(file.notes()).containsExactly("Read as windows-1252 text, guessed from its bytes: if names look wrong, "
                + "save the file as UTF-8 and import it again.");
    }

    @Test
    void aUtf16CsvWithoutAByteOrderMark() {
        String csv = "Name,Given Name,Family Name,E-mail 1 - Value\r\nÅsa Öberg,Åsa,Öberg,asa@example.se\r\n";
        ParsedFile file = ContactFiles.read(csv.getBytes(StandardCharsets.UTF_16LE));
        assertThat(names(file)).containsExactly("Åsa Öberg");
        assertThat(file.notes()).containsExactly("Read as UTF-16LE text.");
    }
}
