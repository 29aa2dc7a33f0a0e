package app.touchbase.importing.parse;

import app.touchbase.contact.ContactDetailsRules;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A phone number as a file writes it, made into one a contact accepts. Invisible marks are taken out (phones put
 * left-to-right marks around numbers in right-to-left text). A number the contact accepts as written is kept as
 * written; one with an extension or a pause ({@code ext. 12}, {@code ,,12}, {@code ;ext=12}) is read with
 * libphonenumber and kept in international form with the extension after an "x"; a national one (no country
 * code) is kept as written with its pause or extension after an "x".
 */
final class PhoneText {

    private static final Pattern INVISIBLE = Pattern.compile("\\p{Cf}");
    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    /** Only numbers that say their country can be read without knowing where the owner lives. */
    private static final String UNKNOWN_REGION = "ZZ";
    /** A national number with a pause, a wait or an extension after it: "030 1234567,,55", "(650) 253-0000;ext=12". */
    private static final Pattern NATIONAL_WITH_SUFFIX = Pattern.compile(
            "(?i)(.*?[0-9)])\\s*(?:[,;]+|;?ext(?:ension)?[.=:]?|x|#|[pw]+)\\s*([0-9]{1,10})#?");

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
                return nationalWithSuffix(phone);
            }
            String international = PHONES.format(withoutExtension(number), PhoneNumberFormat.INTERNATIONAL);
            String kept = number.hasExtension() ? international + " x" + number.getExtension() : international;
            return ContactDetailsRules.isPhone(kept) ? Optional.of(kept) : Optional.empty();
        } catch (NumberParseException notANumber) {
            return nationalWithSuffix(phone);
        }
    }

    /**
     * A number without its country cannot be read here (the file does not say where its owner lives): with its pause
     * or extension written as an "x", the contact keeps it, and reads it in the owner's region.
     */
    private static Optional<String> nationalWithSuffix(String phone) {
        Matcher parts = NATIONAL_WITH_SUFFIX.matcher(phone);
        if (!parts.matches() || !ContactDetailsRules.isPhone(parts.group(1))) {
            return Optional.empty();
        }
        String kept = parts.group(1).strip() + " x" + parts.group(2);
        return ContactDetailsRules.isPhone(kept) ? Optional.of(kept) : Optional.empty();
    }

    private static PhoneNumber withoutExtension(PhoneNumber number) {
        return new PhoneNumber().mergeFrom(number).clearExtension();
    }
}
