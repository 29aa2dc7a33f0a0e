package app.touchbase.contact.api;

import app.touchbase.shared.api.Personal;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber;
import com.ibm.icu.util.TimeZone;

import java.time.ZoneId;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One of a contact's phone numbers: as it was written, and as libphonenumber reads it, in E.164 form
 * ({@code +442079460958}) with its extension, if any. A number the library cannot read keeps only what was written
 * ({@code e164} and {@code extension} are null): it is still shown, dialled and found as written.
 *
 * <p>A number written without its country ({@code 020 7946 0958}) is read in the owner's home region, which
 * {@link #regionOf} takes from the owner's time zone when the number is stored: the stored form does not change when
 * the owner moves later.
 */
public record PhoneNumber(@Personal String written, @Personal String e164, @Personal String extension) {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    private static final Pattern INVISIBLE = Pattern.compile("\\p{Cf}");
    /** libphonenumber's "no region": only numbers that say their country can be read. */
    private static final String NO_REGION = "ZZ";

    /** The number as written, read in {@code region} (an ISO country code such as "GB"; null when unknown). */
    public static PhoneNumber read(String written, String region) {
        String visible = visible(written);
        boolean regionKnown = region != null && PHONES.getSupportedRegions().contains(region);
        // without a region, "00" is read as the international prefix most of the world dials
        String text = !regionKnown && visible.startsWith("00") ? "+" + visible.substring(2) : visible;
        try {
            Phonenumber.PhoneNumber number = PHONES.parseAndKeepRawInput(text, regionKnown ? region : NO_REGION);
            if (!understood(number)) {
                return new PhoneNumber(written, null, null);
            }
            String extension = number.hasExtension() && !number.getExtension().isEmpty() ? number.getExtension() : null;
            Phonenumber.PhoneNumber withoutExtension = new Phonenumber.PhoneNumber()
                    .setCountryCode(number.getCountryCode()).setNationalNumber(number.getNationalNumber())
                    .setItalianLeadingZero(number.isItalianLeadingZero()).setNumberOfLeadingZeros(number.getNumberOfLeadingZeros());
            return new PhoneNumber(written, PHONES.format(withoutExtension, PhoneNumberFormat.E164), extension);
        } catch (NumberParseException notANumber) {
            return new PhoneNumber(written, null, null);
        }
    }

    /**
     * A number valid in its country; or one that says its country and has a possible length there (the library's
     * metadata may not know a new range yet). A national number that is not valid in the owner's region is more
     * likely another country's written without its code ("(650) 253-0000" typed in London): it is kept as written,
     * and so is one possible only locally (no area code), which has no E.164 form to dial from elsewhere.
     */
    private static boolean understood(Phonenumber.PhoneNumber number) {
        if (PHONES.isValidNumber(number)) {
            return true;
        }
        boolean saysItsCountry = number.getCountryCodeSource() == Phonenumber.PhoneNumber.CountryCodeSource.FROM_NUMBER_WITH_PLUS_SIGN
                || number.getCountryCodeSource() == Phonenumber.PhoneNumber.CountryCodeSource.FROM_NUMBER_WITH_IDD;
        return saysItsCountry && PHONES.isPossibleNumberWithReason(number) == PhoneNumberUtil.ValidationResult.IS_POSSIBLE;
    }

    public static List<PhoneNumber> readAll(List<String> written, String region) {
        return written == null ? List.of() : written.stream().map(number -> read(number, region)).toList();
    }

    /**
     * The numbers an event carries, or, for an event written before numbers were read (null), the details' phones
     * read without a region: a replay reads them the same way whatever the owner's settings are by then.
     */
    public static List<PhoneNumber> orReadWithoutRegion(List<PhoneNumber> numbers, ContactDetails details) {
        if (numbers != null) {
            return List.copyOf(numbers);
        }
        return readAll(details == null ? null : details.phones(), null);
    }

    /**
     * The country a time zone lies in ("Europe/London" is GB), as the region to read national numbers in; null for a
     * zone of no one country (UTC, "Etc/GMT+5").
     */
    public static String regionOf(ZoneId zone) {
        if (zone == null) {
            return null;
        }
        String region;
        try {
            region = TimeZone.getRegion(zone.getId());
        } catch (IllegalArgumentException unknownToIcu) {
            return null;
        }
        return PHONES.getSupportedRegions().contains(region) ? region : null;
    }

    /** Invisible marks (left-to-right marks around a number in right-to-left text) and no-break spaces taken out. */
    public static String visible(String written) {
        return INVISIBLE.matcher(written).replaceAll("").replace('\u00A0', ' ').strip();
    }

    public boolean understood() {
        return e164 != null;
    }

    /**
     * The number as people write it: in national form when it is in the owner's own region, else in international
     * form, with its extension; as written when it could not be read.
     */
    public String shown(String homeRegion) {
        Phonenumber.PhoneNumber number = parsed();
        if (number == null) {
            return written;
        }
        boolean home = homeRegion != null && homeRegion.equals(PHONES.getRegionCodeForNumber(number));
        return PHONES.format(number, home ? PhoneNumberFormat.NATIONAL : PhoneNumberFormat.INTERNATIONAL);
    }

    /** A {@code tel:} link on the E.164 form ({@code tel:+442079460958;ext=12}), or on the digits written. */
    public String telLink() {
        return "tel:" + dialable();
    }

    /** An {@code sms:} link: the E.164 form without the extension, or the digits written. */
    public String smsLink() {
        return "sms:" + (understood() ? e164 : ContactDetails.dialable(written));
    }

    private String dialable() {
        if (!understood()) {
            return ContactDetails.dialable(written);
        }
        return extension == null ? e164 : e164 + ";ext=" + extension;
    }

    /** The digits a search for this number looks through: the E.164 digits, or those written. */
    public String searchDigits() {
        return understood() ? e164.substring(1) : written.replaceAll("[^0-9]", "");
    }

    private Phonenumber.PhoneNumber parsed() {
        if (!understood()) {
            return null;
        }
        try {
            Phonenumber.PhoneNumber number = PHONES.parse(e164, NO_REGION);
            return extension == null ? number : number.setExtension(extension);
        } catch (NumberParseException notANumber) {
            return null;
        }
    }
}
