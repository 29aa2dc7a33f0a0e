package app.touchbase.importing.parse;

import app.touchbase.importing.api.ImportFormat;
import org.apache.commons.csv.CSVRecord;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * LinkedIn's {@code Connections.csv}: since 2019 a "Notes:" preamble, then the header row First Name, Last Name, URL
 * (missing in older exports), Email Address, Company, Position, Connected On. The date is written {@code 06 Jan 2019}
 * today and was {@code 1/8/18, 6:14 PM} in 2017–2018 exports.
 */
final class LinkedInConnections {

    static final List<String> MARKERS = List.of("First Name", "Last Name", "Connected On");

    private LinkedInConnections() {
    }

    static boolean isHeader(String line) {
        return MARKERS.stream().allMatch(line::contains);
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
            // members who limit who sees them come out with empty name columns, the rest of the row still filled
            return ParsedRow.skipped(line, "LinkedIn hides this member's name, so there is no one to add.");
        }
        person.email(values.get("Email Address"));
        person.company(values.get("Company"));
        person.role(values.get("Position"));
        String connectedOn = PersonBuilder.clean(values.get("Connected On"));
        LocalDate connected = ExportDates.parse(connectedOn).orElse(null);
        if (connectedOn != null && connected == null) {
            person.warn("left out the date '" + connectedOn + "': it is not a date like 1 Jan 2026 or 1/8/18");
        }
        person.howWeMet(connected == null ? "Connected on LinkedIn" : "Connected on LinkedIn on " + connected);
        if (connected != null) {
            person.kept("Connected On", "how we met");
        }
        String url = PersonBuilder.clean(values.get("URL"));
        if (url != null) {
            person.fact("URL", "LinkedIn profile", url);
        }
        return person.build(line);
    }
}
