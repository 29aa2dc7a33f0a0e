package app.touchbase.importing.parse;

import app.touchbase.importing.api.ImportFormat;
import org.apache.commons.csv.CSVRecord;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Google Contacts' CSV export, read by column name (the current export and the older "Google CSV" one): numbered
 * groups "E-mail 1 - Value", "Phone 2 - Value" whose cells may hold several values joined by " ::: ", labels where
 * "* " marks the primary one, birthdays as {@code YYYY-MM-DD} or {@code --MM-DD}, websites as facts. The older export
 * has a Name column of its own, which is taken as it is.
 */
final class GoogleContacts {

    static final List<String> MARKERS = List.of("E-mail 1 - Value", "Phone 1 - Value", "Given Name", "Organization Name",
            "Organization 1 - Name", "Labels", "Group Membership");
    private static final String SEPARATOR = " ::: ";
    private static final Pattern NUMBERED = Pattern.compile("(E-mail|Phone) (\\d+) - Value");
    private static final Pattern BIRTHDAY = Pattern.compile("(\\d{4}|-)-(\\d{1,2})-(\\d{1,2})");
    /** Groups every account has, which say nothing about the person (compared in lower case). */
    private static final Set<String> SYSTEM_GROUPS = Set.of("mycontacts", "my contacts", "starred", "starred in android");
    private static final String SYSTEM_GROUP_PREFIX = "System Group: ";
    private static final Pattern WEBSITE = Pattern.compile("Website \\d+ - Value");

    private GoogleContacts() {
    }

    static boolean matches(List<String> header) {
        boolean hasName = Stream.of("Name", "First Name", "Given Name", "Last Name", "Family Name").anyMatch(header::contains);
        return hasName && MARKERS.stream().anyMatch(header::contains);
    }

    static ParsedFile read(CsvTable table) {
        return new ParsedFile(ImportFormat.GOOGLE, table.rows(GoogleContacts::person));
    }

    private static ParsedRow person(int row, CSVRecord record, Map<String, String> values) {
        PersonBuilder person = new PersonBuilder();
        // the older export's own Name column is the name as the owner wrote it; joining its parts mangles some
        person.name(values.get("Name"));
        person.name(CsvCells.fullName(values, "Name Prefix", "Name Suffix", "First Name", "Middle Name", "Last Name"));
        person.name(CsvCells.fullName(values, "Name Prefix", "Name Suffix", "Given Name", "Additional Name", "Family Name"));
        person.name(values.get("Nickname"));
        person.name(values.get("File As"));
        numbered(values, "E-mail").forEach(person::email);
        numbered(values, "Phone").forEach(person::phone);
        person.company(values.get("Organization Name"));
        person.company(values.get("Organization 1 - Name"));
        person.role(values.get("Organization Title"));
        person.role(values.get("Organization 1 - Title"));
        if (!person.hasName()) {
            person.name(values.getOrDefault("Organization Name", values.get("Organization 1 - Name")));
            person.name(person.firstEmail());
        }
        if (!person.hasName()) {
            return ParsedRow.skipped(row, "No name, company or email address.");
        }
        Stream.of(values.get("Labels"), values.get("Group Membership"))
                .filter(Objects::nonNull)
                .flatMap(cell -> Arrays.stream(cell.split(SEPARATOR)))
                .map(GoogleContacts::withoutPrimaryMark)
                .map(label -> label.startsWith(SYSTEM_GROUP_PREFIX) ? label.substring(SYSTEM_GROUP_PREFIX.length()) : label)
                .filter(label -> !SYSTEM_GROUPS.contains(label.toLowerCase(Locale.ROOT)))
                .forEach(person::tag);
        String birthday = PersonBuilder.clean(values.get("Birthday"));
        if (birthday != null) {
            Matcher date = BIRTHDAY.matcher(birthday);
            if (date.matches()) {
                person.birthday(date.group(1).equals("-") ? null : Integer.valueOf(date.group(1)),
                        Integer.valueOf(date.group(2)), Integer.valueOf(date.group(3)), birthday);
            } else {
                person.warn("left out the birthday '" + birthday + "': it is not a date like 1990-05-17 or --05-17");
            }
        }
        person.note(values.get("Notes"));
        CsvCells.fact(values, "Nickname", "Nickname", person);
        labelled(values, "Event", "Date").forEach(event -> person.dated(event.getKey(), event.getValue()));
        labelled(values, "Relation", "Related").forEach(relation -> person.fact(relation.getKey(), relation.getValue()));
        values.entrySet().stream().filter(cell -> WEBSITE.matcher(cell.getKey()).matches())
                .sorted(Map.Entry.comparingByKey())
                .flatMap(cell -> Arrays.stream(cell.getValue().split(SEPARATOR)))
                .map(PersonBuilder::clean).filter(Objects::nonNull)
                .forEach(url -> CsvCells.web(url, person));
        addresses(values, person);
        return person.build(row);
    }

    /**
     * "Address 1 - Formatted" as Google wrote it, or else the address from its Street, PO Box, Extended Address, City,
     * Region, Postal Code and Country columns; "Address 1 - Label" (older: "- Type") leads it.
     */
    private static void addresses(Map<String, String> values, PersonBuilder person) {
        for (int n = 1; hasGroup(values, "Address " + n + " - "); n++) {
            String group = "Address " + n + " - ";
            String label = PersonBuilder.clean(values.getOrDefault(group + "Label", values.get(group + "Type")));
            label = label == null ? null : withoutPrimaryMark(label);
            String formatted = PersonBuilder.clean(values.get(group + "Formatted"));
            if (formatted != null) {
                for (String one : formatted.split(SEPARATOR)) {
                    person.address(label, one.lines().toList());
                }
            } else {
                String box = PersonBuilder.clean(values.get(group + "PO Box"));
                person.address(label, PersonBuilder.addressLines(
                        Stream.of(box == null ? null : "PO Box " + box, values.get(group + "Extended Address"), values.get(group + "Street"))
                                .filter(Objects::nonNull).flatMap(String::lines).toList(),
                        values.get(group + "City"), values.get(group + "Region"), values.get(group + "Postal Code"),
                        values.get(group + "Country")));
            }
        }
    }

    private static boolean hasGroup(Map<String, String> values, String group) {
        return values.keySet().stream().anyMatch(column -> column.startsWith(group));
    }

    /** Every value of the numbered "E-mail n - Value" (or "Phone n - Value") columns, the primary ones first. */
    private static List<String> numbered(Map<String, String> values, String kind) {
        List<String[]> groups = new ArrayList<>();
        values.forEach((column, cell) -> {
            Matcher numbered = NUMBERED.matcher(column);
            if (numbered.matches() && numbered.group(1).equals(kind) && !cell.isBlank()) {
                String label = values.getOrDefault(kind + " " + numbered.group(2) + " - Label",
                        values.getOrDefault(kind + " " + numbered.group(2) + " - Type", ""));
                groups.add(new String[]{numbered.group(2), label, cell});
            }
        });
        groups.sort((a, b) -> {
            int primary = Boolean.compare(b[1].startsWith("* "), a[1].startsWith("* "));
            return primary != 0 ? primary : Integer.compare(Integer.parseInt(a[0]), Integer.parseInt(b[0]));
        });
        return groups.stream().flatMap(group -> Arrays.stream(group[2].split(SEPARATOR))).map(String::strip).toList();
    }

    /** "Event 1 - Label: Anniversary" with "Event 1 - Value: 2010-06-12" as Anniversary → 2010-06-12 (older: "- Type"). */
    private static List<Map.Entry<String, String>> labelled(Map<String, String> values, String kind, String otherwise) {
        List<Map.Entry<String, String>> labelled = new ArrayList<>();
        for (int n = 1; values.containsKey(kind + " " + n + " - Value"); n++) {
            String value = PersonBuilder.clean(values.get(kind + " " + n + " - Value"));
            String label = PersonBuilder.clean(values.getOrDefault(kind + " " + n + " - Label", values.get(kind + " " + n + " - Type")));
            if (value != null) {
                labelled.add(Map.entry(label == null ? otherwise : withoutPrimaryMark(label), value));
            }
        }
        return labelled;
    }

    private static String withoutPrimaryMark(String label) {
        String stripped = label.strip();
        return stripped.startsWith("* ") ? stripped.substring(2).strip() : stripped;
    }
}
