package app.touchbase.importing.parse;

import app.touchbase.contact.api.Channel;
import app.touchbase.importing.api.ImportFormat;
import org.apache.commons.csv.CSVRecord;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Touchbase's own CSV export: Name, Emails, Phones, Company, Role, Preferred channel, How we met, Tags, Cadence, Last
 * touch, Next touch, Archived, Facts; lists joined by "; ". The export puts an apostrophe before text a spreadsheet
 * would run as a formula, which is taken off again here. Cadence and touches are the network's own state, not details
 * of the person, and are left to be set after the import.
 */
final class TouchbaseCsv {

    static final String LIST_SEPARATOR = "; ";

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
        list(values.get("Facts")).forEach(person::note);
        return person.build(line);
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
