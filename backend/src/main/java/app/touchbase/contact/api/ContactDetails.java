package app.touchbase.contact.api;

import app.touchbase.shared.api.Personal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Who a contact is. Text is trimmed, blanks become {@code null}, list entries are trimmed and de-duplicated,
 * and tags are lower-cased so "Mentor" and "mentor" are one tag. Phones lose invisible marks (a number copied from
 * right-to-left text comes with them) and no-break spaces. Postal addresses are one entry each and may span
 * lines: each line is trimmed, blank lines dropped and line breaks written as {@code \n}.
 */
public record ContactDetails(
        @Personal String name,
        @Personal List<String> emails,
        @Personal List<String> phones,
        @Personal String company,
        @Personal String role,
        Channel preferredChannel,
        @Personal String howWeMet,
        List<String> tags,
        @Personal List<String> addresses) {

    public static final int MAX_NAME = 200;
    public static final int MAX_SHORT_TEXT = 200;
    public static final int MAX_LONG_TEXT = 2_000;
    public static final int MAX_ENTRIES = 20;
    public static final int MAX_TAGS = 50;
    public static final int MAX_TAG = 50;
    public static final int MAX_ADDRESSES = 10;
    public static final int MAX_ADDRESS = 500;

    public ContactDetails {
        name = clean(name);
        emails = cleanAll(emails, false);
        phones = cleanAll(phones == null ? null : phones.stream().map(phone -> phone == null ? null : PhoneNumber.visible(phone)).toList(), false);
        company = clean(company);
        role = clean(role);
        howWeMet = clean(howWeMet);
        tags = cleanAll(tags, true);
        addresses = cleanAddresses(addresses);
    }

    /** Details without postal addresses, as they were before contacts had any. */
    public ContactDetails(String name, List<String> emails, List<String> phones, String company, String role,
                          Channel preferredChannel, String howWeMet, List<String> tags) {
        this(name, emails, phones, company, role, preferredChannel, howWeMet, tags, List.of());
    }

    public static ContactDetails named(String name) {
        return new ContactDetails(name, List.of(), List.of(), null, null, null, null, List.of());
    }

    public ContactDetails withEmails(String... addresses) {
        return new ContactDetails(name, List.of(addresses), phones, company, role, preferredChannel, howWeMet, tags,
                this.addresses);
    }

    public ContactDetails withPhones(String... numbers) {
        return new ContactDetails(name, emails, List.of(numbers), company, role, preferredChannel, howWeMet, tags,
                addresses);
    }

    public ContactDetails withCompany(String newCompany, String newRole) {
        return new ContactDetails(name, emails, phones, newCompany, newRole, preferredChannel, howWeMet, tags,
                addresses);
    }

    public ContactDetails withTags(String... newTags) {
        return new ContactDetails(name, emails, phones, company, role, preferredChannel, howWeMet, List.of(newTags),
                addresses);
    }

    public ContactDetails withAddresses(String... postalAddresses) {
        return new ContactDetails(name, emails, phones, company, role, preferredChannel, howWeMet, tags,
                List.of(postalAddresses));
    }

    /** A phone number as a tel: or sms: link wants it: digits and a leading plus. */
    public static String dialable(String number) {
        String kept = number.replaceAll("[^0-9+]", "");
        return kept.isEmpty() ? number : kept.charAt(0) + kept.substring(1).replace("+", "");
    }

    private static String clean(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    private static List<String> cleanAddresses(List<String> values) {
        if (values == null) {
            return List.of();
        }
        List<String> joined = new ArrayList<>();
        for (String value : values) {
            if (value != null) {
                joined.add(String.join("\n", value.strip().lines().map(String::strip).filter(line -> !line.isEmpty()).toList()));
            }
        }
        return cleanAll(joined, false);
    }

    private static List<String> cleanAll(List<String> values, boolean lowerCase) {
        if (values == null) {
            return List.of();
        }
        Set<String> cleaned = new LinkedHashSet<>();
        for (String value : values) {
            String one = clean(value);
            if (one != null) {
                cleaned.add(lowerCase ? one.toLowerCase(Locale.ROOT) : one);
            }
        }
        return List.copyOf(new ArrayList<>(cleaned));
    }
}
