package app.touchbase.importing.parse;

import app.touchbase.importing.api.ImportFormat;
import org.apache.commons.csv.CSVRecord;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * LinkedIn's {@code Connections.csv}: a "Notes:" preamble, then the header row First Name, Last Name, URL (missing in
 * older exports), Email Address, Company, Position, Connected On (like {@code 1 Jan 2026}).
 */
final class LinkedInConnections {

    static final List<String> MARKERS = List.of("First Name", "Last Name", "Connected On");
    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d-MMM-yy", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("M/d/yy", Locale.ENGLISH));

    private LinkedInConnections() {
    }

    static ParsedFile read(CsvTable table) {
        return new ParsedFile(ImportFormat.LINKEDIN, table.rows(LinkedInConnections::person));
    }

    private static ParsedRow person(int line, CSVRecord record, Map<String, String> values) {
        PersonBuilder person = new PersonBuilder();
        String first = PersonBuilder.clean(values.get("First Name"));
        String last = PersonBuilder.clean(values.get("Last Name"));
        person.name(String.join(" ", Stream.of(first, last).filter(Objects::nonNull).toList()).strip());
        if (!person.hasName()) {
            return ParsedRow.skipped(line, "No first or last name.");
        }
        person.email(values.get("Email Address"));
        person.company(values.get("Company"));
        person.role(values.get("Position"));
        String connectedOn = PersonBuilder.clean(values.get("Connected On"));
        LocalDate connected = date(connectedOn);
        if (connectedOn != null && connected == null) {
            person.warn("left out the date '" + connectedOn + "': it is not a date like 1 Jan 2026");
        }
        person.howWeMet(connected == null ? "Connected on LinkedIn" : "Connected on LinkedIn on " + connected);
        String url = PersonBuilder.clean(values.get("URL"));
        if (url != null) {
            person.note("LinkedIn profile: " + url);
        }
        return person.build(line);
    }

    private static LocalDate date(String text) {
        if (text == null) {
            return null;
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException notThisOne) {
                // try the next way of writing it
            }
        }
        return null;
    }
}
