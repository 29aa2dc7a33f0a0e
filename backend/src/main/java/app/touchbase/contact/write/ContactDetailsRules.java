package app.touchbase.contact.write;

import app.touchbase.contact.api.ContactDetails;
import app.touchbase.shared.Inputs;
import app.touchbase.shared.api.InvalidInputException;

import java.util.regex.Pattern;

/** What a contact's details must look like before they are stored. */
public final class ContactDetailsRules {

    static final int MAX_NAME = 200;
    static final int MAX_SHORT_TEXT = 200;
    static final int MAX_LONG_TEXT = 2_000;
    static final int MAX_ENTRIES = 20;
    static final int MAX_TAGS = 50;
    static final int MAX_TAG = 50;
    private static final Pattern PHONE = Pattern.compile("[+]?[0-9 ()./#*x-]{3,40}");

    private ContactDetailsRules() {
    }

    public static void validate(ContactDetails details) {
        Inputs.requirePresent(details, "details", "Contact details");
        Inputs.requireText(details.name(), "name", "Name", MAX_NAME);
        Inputs.limitSize(details.emails(), "emails", "email addresses", MAX_ENTRIES);
        details.emails().forEach(email -> Inputs.requireEmail(email, "emails"));
        Inputs.limitSize(details.phones(), "phones", "phone numbers", MAX_ENTRIES);
        details.phones().forEach(ContactDetailsRules::requirePhone);
        Inputs.limitLength(details.company(), "company", "Company", MAX_SHORT_TEXT);
        Inputs.limitLength(details.role(), "role", "Role", MAX_SHORT_TEXT);
        Inputs.limitLength(details.howWeMet(), "howWeMet", "How we met", MAX_LONG_TEXT);
        Inputs.limitSize(details.tags(), "tags", "tags", MAX_TAGS);
        details.tags().forEach(tag -> Inputs.limitLength(tag, "tags", "Tag '" + tag + "'", MAX_TAG));
    }

    /** Digits, spaces and + ( ) - . / # * x, at least one digit. */
    public static boolean isPhone(String phone) {
        return PHONE.matcher(phone).matches() && phone.chars().anyMatch(Character::isDigit);
    }

    private static void requirePhone(String phone) {
        if (!isPhone(phone)) {
            throw new InvalidInputException("phones", "'" + phone
                    + "' is not a phone number: use digits, spaces and + ( ) - . / only, e.g. +44 20 7946 0958.");
        }
    }
}
