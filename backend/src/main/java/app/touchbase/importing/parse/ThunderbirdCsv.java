package app.touchbase.importing.parse;

import app.touchbase.importing.api.ImportFormat;
import org.apache.commons.csv.CSVRecord;

import java.util.List;
import java.util.Map;

/**
 * Thunderbird's address book exported as "Comma Separated" or "Tab Separated" (the English column names of its
 * {@code importMsgs.properties}): First Name, Last Name, Display Name, Nickname, Primary Email, Secondary Email,
 * Work/Home/Mobile phone, Fax Number, Pager Number, Home and Work Address, Address 2, City, State, ZipCode and Country,
 * Job Title, Department, Organization, Web Page 1 and 2, Birth Year, Birth Month, Birth Day, Custom 1 to 4, Notes.
 * Older versions end every line with a separator.
 */
final class ThunderbirdCsv {

    private ThunderbirdCsv() {
    }

    static boolean matches(List<String> header) {
        return header.contains("Primary Email") && header.contains("Display Name");
    }

    static ParsedFile read(CsvTable table) {
        return new ParsedFile(ImportFormat.THUNDERBIRD, table.rows(ThunderbirdCsv::person));
    }

    private static ParsedRow person(int line, CSVRecord record, Map<String, String> values) {
        PersonBuilder person = new PersonBuilder();
        person.name(values.get("Display Name"));
        person.name(CsvCells.joined(values, "First Name", "Last Name"));
        person.email(values.get("Primary Email"));
        person.email(values.get("Secondary Email"));
        person.name(person.firstEmail());
        if (!person.hasName()) {
            return ParsedRow.skipped(line, "No display name, first or last name, or email address.");
        }
        for (String column : List.of("Mobile Number", "Work Phone", "Home Phone")) {
            person.phone(values.get(column));
        }
        CsvCells.leftOutNumber(values, "Fax Number", "fax", person);
        CsvCells.leftOutNumber(values, "Pager Number", "pager", person);
        person.company(values.get("Organization"));
        person.role(values.get("Job Title"));
        CsvCells.birthday(values.get("Birth Year"), values.get("Birth Month"), values.get("Birth Day"), person);
        person.note(values.get("Notes"));
        CsvCells.fact(values, "Nickname", "Nickname", person);
        CsvCells.fact(values, "Department", "Department", person);
        CsvCells.fact(values, "Screen Name", "Screen name", person);
        for (String custom : List.of("Custom 1", "Custom 2", "Custom 3", "Custom 4")) {
            CsvCells.fact(values, custom, custom, person);
        }
        CsvCells.web(values.get("Web Page 1"), person);
        CsvCells.web(values.get("Web Page 2"), person);
        for (String kind : List.of("Home", "Work")) {
            CsvCells.address(values, kind, List.of(kind + " Address", kind + " Address 2"), null, kind + " City",
                    kind + " State", kind + " ZipCode", kind + " Country", person);
        }
        return person.build(line);
    }
}
