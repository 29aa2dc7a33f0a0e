package app.touchbase.importing.parse;

import app.touchbase.contact.ContactDetailsRules;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A phone number as a file writes it, made into one a contact accepts. Invisible marks are taken out (phones put
 * left-to-right marks around numbers in right-to-left text). A number the contact accepts as written is kept as
 * written; one with an extension or a pause ({@code ext. 12}, {@code ,,12}, {@code ;ext=12}) is read with
 * libphonenumber and kept in international form with the extension after an "x".
 */
final class PhoneText {

    private static final Pattern INVISIBLE = Pattern.compile("\\p{Cf}");
    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    /** Only numbers that say their country can be read without knowing where the owner lives. */
    private static final String UNKNOWN_REGION = "ZZ";

    private PhoneText() {
    }

    static String visible(String written) {
        return INVISIBLE.matcher(written).replaceAll("").replace('\u00A0', ' ').strip();
    }

    /** The number to keep, or empty if neither the contact nor libphonenumber can make one of it. */
    static Optional<String> keepable(String written) {
        String phone = visible(written);
        if (ContactDetailsRules.isPhone(phone)) {
            return Optional.of(phone);
        }
        try {
            PhoneNumber number = PHONES.parse(phone, UNKNOWN_REGION);
            if (!PHONES.isPossibleNumber(number)) {
                return Optional.empty();
            }
            String international = PHONES.format(withoutExtension(number), PhoneNumberFormat.INTERNATIONAL);
            String kept = number.hasExtension() ? international + " x" + number.getExtension() : international;
            return ContactDetailsRules.isPhone(kept) ? Optional.of(kept) : Optional.empty();
        } catch (NumberParseException notANumber) {
            return Optional.empty();
        }
    }

    private static PhoneNumber withoutExtension(PhoneNumber number) {
        return new PhoneNumber().mergeFrom(number).clearExtension();
    }
}
