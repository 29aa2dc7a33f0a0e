package app.touchbase.importing.parse;

import app.touchbase.contact.api.Channel;
import app.touchbase.importing.api.ImportFormat;
import org.apache.commons.csv.CSVRecord;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Touchbase's own CSV export: Name, Emails, Phones, Company, Role, Preferred channel, How we met, Tags, Cadence, Last
 * touch, Next touch, Archived, Facts, Birthday, Other dates, Open promises, Circles, Addresses; lists joined by "; ",
 * addresses (which span lines) by a blank line. The birthday
 * comes back as the person's birthday. The export puts an apostrophe before text a spreadsheet
 * would run as a formula, which is taken off again here. Cadence and touches are the network's own state, not details
 * of the person, and are left to be set after the import.
 */
final class TouchbaseCsv {

    static final String LIST_SEPARATOR = "; ";
    private static final Pattern DAY_WITHOUT_YEAR = Pattern.compile("--(\\d{2})-(\\d{2})");

    private TouchbaseCsv() {
    }

    static boolean matches(List<String> header) {
        return header.containsAll(List.of("Name", "Emails", "Phones", "How we met", "Facts"));
    }

    static ParsedFile read(CsvTable table) {
        return new ParsedFile(ImportFormat.TOUCHBASE, table.rows(TouchbaseCsv::person));
    }

    private static ParsedRow person(int line, CSVRecord record, Map<String, String> values) {
        PersonBuilder person = new PersonBuilder();
        person.name(plain(values.get("Name")));
        list(values.get("Emails")).forEach(person::email);
        person.name(person.firstEmail());
        if (!person.hasName()) {
            return ParsedRow.skipped(line, "No name and no email address.");
        }
        list(values.get("Phones")).forEach(person::phone);
        person.company(plain(values.get("Company")));
        person.role(plain(values.get("Role")));
        person.howWeMet(plain(values.get("How we met")));
        Arrays.stream(Channel.values()).filter(channel -> channel.label().equals(values.get("Preferred channel"))).findFirst()
                .ifPresent(person::preferredChannel);
        list(values.get("Tags")).forEach(person::tag);
        list(values.get("Facts")).forEach(fact -> person.factAsWritten("Facts", fact));
        birthday(values.get("Birthday"), person);
        list(values.get("Other dates")).forEach(date -> labelledDate(date, person));
        String addresses = plain(values.get("Addresses"));
        if (addresses != null) {
            Arrays.stream(addresses.replace("\r\n", "\n").split("\n\\s*\n")).forEach(address -> person.address(null, address.lines().toList()));
        }
        return person.build(line);
    }

    /** "Anniversary: 2010-06-12" or "Name day: --07-26", as the export writes other dates. */
    static void labelledDate(String written, PersonBuilder person) {
        int colon = written.lastIndexOf(": ");
        if (colon < 0) {
            person.factAsWritten("Other dates", written);
        } else {
            person.dated(written.substring(0, colon), written.substring(colon + 2));
        }
    }

    /** The export writes "1990-05-17", or "--05-17" for a birthday without a year. */
    private static void birthday(String cell, PersonBuilder person) {
        Matcher withoutYear = DAY_WITHOUT_YEAR.matcher(cell == null ? "" : cell.strip());
        if (withoutYear.matches()) {
            person.birthday(null, Integer.valueOf(withoutYear.group(1)), Integer.valueOf(withoutYear.group(2)), cell.strip());
        } else {
            CsvCells.birthday(cell, person);
        }
    }

    private static List<String> list(String cell) {
        String plain = plain(cell);
        return plain == null || plain.isBlank() ? List.of() : Arrays.stream(plain.split(LIST_SEPARATOR)).toList();
    }

    /** The cell without the apostrophe the export adds before = + - @ or a tab. */
    private static String plain(String cell) {
        return cell != null && cell.length() > 1 && cell.charAt(0) == '\'' && "=+-@\t\r".indexOf(cell.charAt(1)) >= 0
                ? cell.substring(1) : cell;
    }
}
