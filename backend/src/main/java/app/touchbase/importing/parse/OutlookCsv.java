package app.touchbase.importing.parse;

import app.touchbase.importing.api.ImportFormat;
import org.apache.commons.csv.CSVRecord;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Outlook's "Comma Separated Values" export (desktop Outlook and Outlook.com), read by column name. Outlook names the
 * columns in the language it runs in: English and German names are known. Birthdays are written in the computer's
 * date format ({@code 5/17/1990}, {@code 17.05.1990}; {@code 0/0/00} for none), categories are joined by ";".
 */
final class OutlookCsv {

    private static final List<String> PHONES = List.of("Mobile Phone", "Primary Phone", "Business Phone", "Business Phone 2",
            "Home Phone", "Home Phone 2", "Company Main Phone", "Other Phone", "Car Phone");
    private static final Map<String, String> GERMAN = Map.ofEntries(
            Map.entry("Anrede", "Title"), Map.entry("Vorname", "First Name"), Map.entry("Weitere Vornamen", "Middle Name"),
            Map.entry("Nachname", "Last Name"), Map.entry("Firma", "Company"), Map.entry("Position", "Job Title"),
            Map.entry("E-Mail-Adresse", "E-mail Address"), Map.entry("E-Mail 2: Adresse", "E-mail 2 Address"),
            Map.entry("E-Mail 3: Adresse", "E-mail 3 Address"), Map.entry("Mobiltelefon", "Mobile Phone"),
            Map.entry("Haupttelefon", "Primary Phone"), Map.entry("Telefon geschäftlich", "Business Phone"),
            Map.entry("Telefon geschäftlich 2", "Business Phone 2"), Map.entry("Telefon privat", "Home Phone"),
            Map.entry("Telefon privat 2", "Home Phone 2"), Map.entry("Weiteres Telefon", "Other Phone"),
            Map.entry("Fax geschäftlich", "Business Fax"), Map.entry("Fax privat", "Home Fax"), Map.entry("Geburtstag", "Birthday"),
            Map.entry("Jahrestag", "Anniversary"), Map.entry("Kategorien", "Categories"), Map.entry("Notizen", "Notes"),
            Map.entry("Webseite", "Web Page"), Map.entry("Partner", "Spouse"), Map.entry("Kinder", "Children"),
            Map.entry("Straße geschäftlich", "Business Street"), Map.entry("Straße geschäftlich 2", "Business Street 2"),
            Map.entry("Straße geschäftlich 3", "Business Street 3"), Map.entry("Ort geschäftlich", "Business City"),
            Map.entry("Region geschäftlich", "Business State"), Map.entry("Postleitzahl geschäftlich", "Business Postal Code"),
            Map.entry("Land/Region geschäftlich", "Business Country/Region"), Map.entry("Straße privat", "Home Street"),
            Map.entry("Straße privat 2", "Home Street 2"), Map.entry("Straße privat 3", "Home Street 3"),
            Map.entry("Ort privat", "Home City"), Map.entry("Region privat", "Home State"),
            Map.entry("Postleitzahl privat", "Home Postal Code"), Map.entry("Land/Region privat", "Home Country/Region"),
            Map.entry("Weitere Straße", "Other Street"), Map.entry("Weiterer Ort", "Other City"),
            Map.entry("Weitere Region", "Other State"), Map.entry("Weitere Postleitzahl", "Other Postal Code"),
            Map.entry("Weiteres Land/Region", "Other Country/Region"));
    /** Outlook's address groups (Street, Street 2, 3, City, State, Postal Code, Country/Region) and their labels. */
    private static final List<Map.Entry<String, String>> ADDRESSES = List.of(Map.entry("Business", "Work"),
            Map.entry("Home", "Home"), Map.entry("Other", "Other"));

    private OutlookCsv() {
    }

    static boolean matches(List<String> header) {
        List<String> english = header.stream().map(column -> GERMAN.getOrDefault(column, column)).toList();
        return english.contains("First Name") && english.contains("E-mail Address")
                && (english.contains("Job Title") || english.contains("Mobile Phone") || english.contains("Business Phone"));
    }

    static ParsedFile read(CsvTable table) {
        return new ParsedFile(ImportFormat.OUTLOOK, table.rows(OutlookCsv::person));
    }

    private static ParsedRow person(int line, CSVRecord record, Map<String, String> cells) {
        Map<String, String> values = new HashMap<>();
        cells.forEach((column, value) -> values.merge(GERMAN.getOrDefault(column, column), value,
                (first, second) -> first.isBlank() ? second : first));
        PersonBuilder person = new PersonBuilder();
        person.name(CsvCells.fullName(values, "Title", "Suffix", "First Name", "Middle Name", "Last Name"));
        for (String column : List.of("E-mail Address", "E-mail 2 Address", "E-mail 3 Address")) {
            person.email(values.get(column));
        }
        person.name(values.get("E-mail Display Name"));
        person.name(values.get("Company"));
        person.name(person.firstEmail());
        if (!person.hasName()) {
            return ParsedRow.skipped(line, "No name, company or email address.");
        }
        PHONES.forEach(column -> person.phone(values.get(column)));
        CsvCells.leftOutNumber(values, "Business Fax", "fax", person);
        CsvCells.leftOutNumber(values, "Home Fax", "fax", person);
        CsvCells.leftOutNumber(values, "Pager", "pager", person);
        person.company(values.get("Company"));
        person.role(values.get("Job Title"));
        String categories = values.get("Categories");
        if (categories != null) {
            Arrays.stream(categories.split(";")).forEach(person::tag);
        }
        CsvCells.birthday(values.get("Birthday"), person);
        person.note(values.get("Notes"));
        CsvCells.fact(values, "Nickname", "Nickname", person);
        CsvCells.fact(values, "Spouse", "Spouse", person);
        CsvCells.fact(values, "Children", "Children", person);
        String anniversary = PersonBuilder.clean(values.get("Anniversary"));
        if (anniversary != null && !anniversary.matches("0[/.]0[/.].*")) {
            person.dated("Anniversary", anniversary);
        }
        CsvCells.web(values.get("Web Page"), person);
        for (Map.Entry<String, String> group : ADDRESSES) {
            String kind = group.getKey();
            CsvCells.address(values, group.getValue(), List.of(kind + " Street", kind + " Street 2", kind + " Street 3"),
                    kind + " Address PO Box", kind + " City", kind + " State", kind + " Postal Code", kind + " Country/Region", person);
        }
        return person.build(line);
    }
}
