package app.touchbase.importing.parse;

import app.touchbase.contact.ContactDetailsRules;
import app.touchbase.contact.api.Channel;
import app.touchbase.contact.api.ContactDetails;
import app.touchbase.importantdate.api.AddImportantDate;
import app.touchbase.importing.api.ImportedDate;
import app.touchbase.importing.api.ImportedPerson;
import app.touchbase.shared.Inputs;
import app.touchbase.shared.api.InvalidInputException;

import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Collects what a file says about one person and turns it into a contact the Contact aggregate will accept:
 * control characters are removed, addresses and numbers that are not valid are left out (with a warning), and a row
 * that still breaks a rule (no name, a name too long) is skipped with the rule's own message.
 */
final class PersonBuilder {

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]");
    /** vCard's day without a year, "--06-12" (or "--0612"). */
    private static final Pattern NO_YEAR = Pattern.compile("--(\\d{2})-?(\\d{2})");
    /** Apple writes a day without a year in the year 1604. */
    static final int APPLE_NO_YEAR = 1604;
    static final int MAX_NOTE = 2_000;

    private String name;
    private final Set<String> emails = new LinkedHashSet<>();
    private final Set<String> phones = new LinkedHashSet<>();
    private String company;
    private String role;
    private String howWeMet;
    private Channel preferredChannel;
    private final Set<String> tags = new LinkedHashSet<>();
    private final Set<String> addresses = new LinkedHashSet<>();
    private MonthDay birthday;
    private Integer birthYear;
    private final List<String> notes = new ArrayList<>();
    private final List<ImportedDate> dates = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    /** How many values of each field of the file went where: "Nickname" → "fact". */
    private final Map<Map.Entry<String, String>, Integer> keptAs = new LinkedHashMap<>();

    static String clean(String value) {
        if (value == null) {
            return null;
        }
        String cleaned = CONTROL.matcher(value).replaceAll("").strip();
        return cleaned.isEmpty() ? null : cleaned;
    }

    PersonBuilder name(String value) {
        if (name == null) {
            name = clean(value);
        }
        return this;
    }

    boolean hasName() {
        return name != null;
    }

    PersonBuilder email(String value) {
        String email = clean(value);
        if (email != null) {
            if (Inputs.isEmail(email)) {
                emails.add(email);
            } else {
                warnings.add("left out the email address '" + email + "': it is not valid");
            }
        }
        return this;
    }

    String firstEmail() {
        return emails.isEmpty() ? null : emails.iterator().next();
    }

    PersonBuilder phone(String value) {
        String phone = clean(value);
        if (phone == null) {
            return this;
        }
        Optional<String> kept = PhoneText.keepable(phone);
        if (kept.isEmpty()) {
            warnings.add("left out the phone number '" + phone + "': it is not a phone number");
        } else {
            phones.add(kept.get());
            if (!kept.get().equals(PhoneText.visible(phone))) {
                warnings.add("kept the phone number '" + phone + "' as " + kept.get());
            }
        }
        return this;
    }

    PersonBuilder company(String value) {
        company = company == null ? clean(value) : company;
        return this;
    }

    PersonBuilder role(String value) {
        role = role == null ? clean(value) : role;
        return this;
    }

    PersonBuilder howWeMet(String value) {
        howWeMet = clean(value);
        return this;
    }

    PersonBuilder preferredChannel(Channel channel) {
        preferredChannel = channel;
        return this;
    }

    PersonBuilder tag(String value) {
        String tag = clean(value);
        if (tag != null) {
            tags.add(tag);
        }
        return this;
    }

    /** A postal address, its lines in reading order; blank parts are dropped, a label ("Work") leads the first line. */
    PersonBuilder address(String label, List<String> lines) {
        List<String> kept = lines.stream().map(PersonBuilder::clean).filter(line -> line != null).toList();
        if (kept.isEmpty()) {
            return this;
        }
        String text = String.join("\n", kept);
        String named = clean(label);
        if (named != null) {
            text = capitalized(named) + ": " + text;
        }
        if (text.length() > ContactDetails.MAX_ADDRESS) {
            warnings.add("left out an address: it is longer than " + ContactDetails.MAX_ADDRESS + " characters");
        } else if (addresses.size() >= ContactDetails.MAX_ADDRESSES) {
            warnings.add("left out an address: at most " + ContactDetails.MAX_ADDRESSES + " are kept");
        } else if (addresses.add(text)) {
            kept("Address", "postal addresses");
        }
        return this;
    }

    /**
     * An address from its parts, as it is written on an envelope: the street lines, then "city, region postal code"
     * (or "postal code city" without a region), then the country.
     */
    static List<String> addressLines(List<String> streets, String locality, String region, String postalCode, String country) {
        List<String> lines = new ArrayList<>();
        streets.stream().map(PersonBuilder::clean).filter(line -> line != null).forEach(lines::add);
        // "Springfield, IL 62701" where there is a region; "10435 Berlin", as most of Europe writes it, where there is none
        String place = clean(region) != null ? joinClean(", ", locality, joinClean(" ", region, postalCode))
                : joinClean(" ", postalCode, locality);
        if (place != null) {
            lines.add(place);
        }
        if (clean(country) != null) {
            lines.add(clean(country));
        }
        return lines;
    }

    private static String joinClean(String separator, String... parts) {
        List<String> kept = Arrays.stream(parts).map(PersonBuilder::clean).filter(part -> part != null).toList();
        return kept.isEmpty() ? null : String.join(separator, kept);
    }

    private static String capitalized(String label) {
        return label.substring(0, 1).toUpperCase(Locale.ROOT) + label.substring(1).toLowerCase(Locale.ROOT);
    }

    /** The file's notes field: each note becomes a fact. */
    PersonBuilder note(String value) {
        if (remember(value)) {
            kept("Notes", "fact");
        }
        return this;
    }

    /** A value with no field of its own, kept as the fact "topic: value"; {@code source} names it as the file did. */
    PersonBuilder fact(String source, String topic, String value) {
        String text = clean(value);
        if (text != null && remember(topic + ": " + text)) {
            kept(source, "fact");
        }
        return this;
    }

    PersonBuilder fact(String topic, String value) {
        return fact(topic, topic, value);
    }

    /** A fact kept as written, from the file's {@code source} field. */
    PersonBuilder factAsWritten(String source, String text) {
        if (remember(text)) {
            kept(source, "fact");
        }
        return this;
    }

    /** Counts a value of the file's {@code source} field kept as {@code what}, for the preview to say. */
    void kept(String source, String what) {
        keptAs.merge(Map.entry(source, what), 1, Integer::sum);
    }

    private boolean remember(String value) {
        String note = clean(value);
        if (note != null) {
            String kept = note.length() > MAX_NOTE ? note.substring(0, MAX_NOTE) : note;
            if (!notes.contains(kept)) {
                notes.add(kept);
                return true;
            }
        }
        return false;
    }

    PersonBuilder birthday(Integer year, Integer month, Integer day, String asWritten) {
        if (month == null || day == null) {
            return this;
        }
        try {
            MonthDay monthDay = MonthDay.of(month, day);
            if (year != null && !monthDay.isValidYear(year)) {
                throw new DateTimeException("no such day");
            }
            birthday = monthDay;
            birthYear = year;
            kept("Birthday", "important date");
        } catch (DateTimeException e) {
            warnings.add("left out the birthday '" + asWritten + "': there is no such day");
        }
        return this;
    }

    /**
     * A labelled date ("Anniversary", Apple's "Graduation") becomes an important date when it reads as a day, with or
     * without a year ("--06-12", "2010-06-12", "6/12/10"); otherwise it is kept as a fact as written.
     */
    PersonBuilder dated(String label, String asWritten) {
        String text = clean(asWritten);
        if (text == null) {
            return this;
        }
        String name = Optional.ofNullable(clean(label)).orElse("Date");
        Optional<ImportedDate> date = name.length() > AddImportantDate.MAX_LABEL ? Optional.empty() : day(name, text);
        if (date.isEmpty()) {
            return fact(name, text);
        }
        if (dates.stream().noneMatch(date.get()::equals)) {
            dates.add(date.get());
            kept(name, "important date");
        }
        return this;
    }

    private static Optional<ImportedDate> day(String label, String text) {
        Matcher noYear = NO_YEAR.matcher(text);
        try {
            if (noYear.matches()) {
                return Optional.of(new ImportedDate(label, MonthDay.of(Integer.parseInt(noYear.group(1)), Integer.parseInt(noYear.group(2))), null));
            }
        } catch (DateTimeException notADay) {
            return Optional.empty();
        }
        return ExportDates.parse(text).map(day -> new ImportedDate(label, MonthDay.from(day),
                day.getYear() == APPLE_NO_YEAR ? null : day.getYear()));
    }

    void warn(String warning) {
        warnings.add(warning);
    }

    ParsedRow build(int row) {
        ContactDetails details = new ContactDetails(name, List.copyOf(emails), List.copyOf(phones), company, role, preferredChannel, howWeMet,
                List.copyOf(tags), List.copyOf(addresses));
        try {
            ContactDetailsRules.validate(details);
        } catch (InvalidInputException refused) {
            return ParsedRow.skipped(row, refused.getMessage());
        }
        return new ParsedRow(row, new ImportedPerson(details, birthday, birthYear, notes, dates), null, warnings, keptAs());
    }

    /** "Nickname → fact", or "2 × Address → postal addresses" when a field gave several. */
    private List<String> keptAs() {
        return keptAs.entrySet().stream()
                .map(kept -> (kept.getValue() > 1 ? kept.getValue() + " × " : "") + kept.getKey().getKey() + " → " + kept.getKey().getValue())
                .toList();
    }
}
