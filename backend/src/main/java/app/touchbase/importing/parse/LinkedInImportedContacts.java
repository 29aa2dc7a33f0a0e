package app.touchbase.importing.parse;

import app.touchbase.importing.api.ImportFormat;
import org.apache.commons.csv.CSVRecord;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The address-book contacts a member once uploaded to LinkedIn, from LinkedIn's data archive ("Imported Contacts",
 * later {@code Contacts.csv}): FirstName, LastName, FullName, Companies, Title, Emails, PhoneNumbers, Sites and more.
 * The column names came with and without spaces over the years; cells may hold several values joined by commas,
 * phone numbers followed by their kind in brackets ({@code +1 555 0100 (Mobile)}).
 */
final class LinkedInImportedContacts {

    private static final Pattern LIST = Pattern.compile("\\s*[,;]\\s*");
    private static final Pattern KIND = Pattern.compile("\\s*\\([^)]*\\)\\s*$");

    private LinkedInImportedContacts() {
    }

    static boolean matches(List<String> header) {
        List<String> keys = header.stream().map(LinkedInImportedContacts::key).toList();
        return keys.contains("firstname") && keys.contains("companies") && keys.contains("phonenumbers");
    }

    static ParsedFile read(CsvTable table) {
        return new ParsedFile(ImportFormat.LINKEDIN_CONTACTS, table.rows(LinkedInImportedContacts::person));
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
        list(values.get("companies")).stream().findFirst().ifPresent(person::company);
        person.role(values.get("title"));
        list(values.get("sites")).forEach(site -> CsvCells.web(site, person));
        person.howWeMet("Imported from LinkedIn contacts");
        return person.build(line);
    }

    /** "Email Address" and "EmailAddress" alike. */
    private static String key(String column) {
        return column.replace(" ", "").toLowerCase(Locale.ROOT);
    }

    private static List<String> list(String cell) {
        return cell == null || cell.isBlank() ? List.of() : Arrays.stream(LIST.split(cell.strip())).filter(v -> !v.isBlank()).toList();
    }
}
