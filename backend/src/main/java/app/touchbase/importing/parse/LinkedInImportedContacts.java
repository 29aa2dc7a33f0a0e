package app.touchbase.importing.parse;

import app.touchbase.importing.api.ImportFormat;
import org.apache.commons.csv.CSVRecord;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The address-book contacts a member once uploaded to LinkedIn, from LinkedIn's data archive ("Imported Contacts",
 * later {@code Contacts.csv}): Source, FirstName, LastName, Companies, Title, Emails, PhoneNumbers, CreatedAt, Addresses,
 * Sites, InstantMessageHandles, FullName, Birthday, Location, BookmarkedAt, Profiles. The column names came with and
 * without spaces over the years; cells may hold several values joined by commas, phone numbers followed by their kind
 * in brackets ({@code +1 555 0100 (Mobile)}). An address is written with commas of its own, so the Addresses cell is
 * one address, its lines as written. When and from where LinkedIn got the contact (CreatedAt, BookmarkedAt) says
 * nothing about the person: the preview says they are left out.
 */
final class LinkedInImportedContacts {

    private static final Pattern LIST = Pattern.compile("\\s*[,;]\\s*");
    private static final Pattern KIND = Pattern.compile("\\s*\\([^)]*\\)\\s*$");
    /** LinkedIn's own bookkeeping, compared as {@link #key} gives it. */
    private static final Set<String> UNUSED = Set.of("createdat", "bookmarkedat");

    private LinkedInImportedContacts() {
    }

    static boolean matches(List<String> header) {
        List<String> keys = header.stream().map(LinkedInImportedContacts::key).toList();
        return keys.contains("firstname") && keys.contains("companies") && keys.contains("phonenumbers");
    }

    static ParsedFile read(CsvTable table) {
        List<String> unused = table.header().stream().filter(column -> UNUSED.contains(key(column))).toList();
        return new ParsedFile(ImportFormat.LINKEDIN_CONTACTS, table.rows(LinkedInImportedContacts::person),
                unused.isEmpty() ? List.of() : List.of("Left out the columns " + String.join(" and ", unused)
                        + ": they say when LinkedIn got each contact, not about the person."));
    }

    private static ParsedRow person(int line, CSVRecord record, Map<String, String> cells) {
        Map<String, String> values = new HashMap<>();
        cells.forEach((column, value) -> values.put(key(column), value));
        PersonBuilder person = new PersonBuilder();
        person.name(values.get("fullname"));
        person.name(CsvCells.joined(values, "firstname", "lastname"));
        list(values.getOrDefault("emails", values.get("emailaddress"))).forEach(person::email);
        person.name(person.firstEmail());
        if (!person.hasName()) {
            return ParsedRow.skipped(line, "No name and no email address.");
        }
        list(values.get("phonenumbers")).stream().map(phone -> KIND.matcher(phone).replaceFirst("")).forEach(person::phone);
        List<String> companies = list(values.get("companies"));
        companies.stream().findFirst().ifPresent(person::company);
        companies.stream().skip(1).forEach(other -> person.fact("Companies", "Company", other));
        person.role(values.get("title"));
        list(values.get("sites")).forEach(site -> CsvCells.web(site, person));
        list(values.get("profiles")).forEach(profile -> person.fact("Profiles", "Social profile", profile));
        list(values.get("instantmessagehandles")).forEach(handle -> person.fact("InstantMessageHandles", "Instant messaging", handle));
        person.address(null, lines(values.get("addresses")));
        CsvCells.birthday(values.get("birthday"), person);
        person.fact("Location", "Location", values.get("location"));
        String source = PersonBuilder.clean(values.get("source"));
        person.howWeMet("Imported from LinkedIn contacts" + (source == null ? "" : " (" + source + ")"));
        if (source != null) {
            person.kept("Source", "how we met");
        }
        return person.build(line);
    }

    /** "Email Address" and "EmailAddress" alike. */
    private static String key(String column) {
        return column.replace(" ", "").toLowerCase(Locale.ROOT);
    }

    private static List<String> lines(String cell) {
        return cell == null ? List.of() : cell.lines().toList();
    }

    private static List<String> list(String cell) {
        return cell == null || cell.isBlank() ? List.of() : Arrays.stream(LIST.split(cell.strip())).filter(v -> !v.isBlank()).toList();
    }
}
