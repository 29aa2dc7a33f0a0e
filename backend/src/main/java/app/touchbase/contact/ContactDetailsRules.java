package app.touchbase.contact;

import app.touchbase.contact.api.ContactDetails;
import app.touchbase.shared.Inputs;
import app.touchbase.shared.api.InvalidInputException;

import java.util.regex.Pattern;

/**
 * What a contact's details must look like before they are stored: checked by the contact aggregate, and by imports
 * before they propose a row. The limits live on {@link ContactDetails}, where the UI reads them too.
 */
public final class ContactDetailsRules {

    private static final Pattern PHONE = Pattern.compile("[+]?[0-9 ()./#*x-]{3,40}");

    private ContactDetailsRules() {
    }

    public static void validate(ContactDetails details) {
        Inputs.requirePresent(details, "details", "Contact details");
        Inputs.requireText(details.name(), "name", "Name", ContactDetails.MAX_NAME);
        Inputs.limitSize(details.emails(), "emails", "email addresses", ContactDetails.MAX_ENTRIES);
        details.emails().forEach(email -> Inputs.requireEmail(email, "emails"));
        Inputs.limitSize(details.phones(), "phones", "phone numbers", ContactDetails.MAX_ENTRIES);
        details.phones().forEach(ContactDetailsRules::requirePhone);
        Inputs.limitLength(details.company(), "company", "Company", ContactDetails.MAX_SHORT_TEXT);
        Inputs.limitLength(details.role(), "role", "Role", ContactDetails.MAX_SHORT_TEXT);
        Inputs.limitLength(details.howWeMet(), "howWeMet", "How we met", ContactDetails.MAX_LONG_TEXT);
        Inputs.limitSize(details.tags(), "tags", "tags", ContactDetails.MAX_TAGS);
        details.tags().forEach(tag -> Inputs.limitLength(tag, "tags", "Tag '" + tag + "'", ContactDetails.MAX_TAG));
        Inputs.limitSize(details.addresses(), "addresses", "postal addresses", ContactDetails.MAX_ADDRESSES);
        for (int i = 0; i < details.addresses().size(); i++) {
            Inputs.limitLength(details.addresses().get(i), "addresses", "Postal address " + (i + 1), ContactDetails.MAX_ADDRESS);
        }
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
