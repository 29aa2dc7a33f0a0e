package app.touchbase.importing.parse;

import app.touchbase.importing.api.ImportFormat;
import org.apache.commons.csv.CSVRecord;

import java.util.List;
import java.util.Map;

/**
 * Thunderbird's address book exported as "Comma Separated": First Name, Last Name, Display Name, Nickname, Primary
 * Email, Secondary Email, Work/Home/Mobile phone, Fax Number, Pager Number, Job Title, Organization, Web Page 1 and 2,
 * Birth Year, Birth Month, Birth Day, Notes.
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
        CsvCells.web(values.get("Web Page 1"), person);
        CsvCells.web(values.get("Web Page 2"), person);
        return person.build(line);
    }
}
