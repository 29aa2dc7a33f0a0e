package app.touchbase.contact.read;

import app.touchbase.contact.api.PhoneNumber;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A search text that looks like a phone number, as the digits to look for among the stored ones (each phone's E.164
 * digits): "+44 20 7946 0958", "0044 20 7946 0958", "020 7946 0958" and "2079460958" all find +442079460958. The
 * digits typed without their leading zeros find the number however its country is written; the number read in the
 * owner's home region finds it too when the national prefix is not a zero (a "1" in the US, an "8" in Russia).
 */
final class PhoneSearch {

    /** Fewer digits than this are too short to pick a number out (a year, a house number). */
    static final int MIN_DIGITS = 4;
    private static final Pattern LOOKS_LIKE_A_NUMBER = Pattern.compile("[+]?[0-9 ()./-]+");

    private PhoneSearch() {
    }

    static Set<String> digitsFor(String text, String homeRegion) {
        String typed = PhoneNumber.visible(text);
        Set<String> digits = new LinkedHashSet<>();
        if (!LOOKS_LIKE_A_NUMBER.matcher(typed).matches()) {
            return digits;
        }
        String withoutLeadingZeros = typed.replaceAll("[^0-9]", "").replaceFirst("^0+", "");
        if (withoutLeadingZeros.length() >= MIN_DIGITS) {
            digits.add(withoutLeadingZeros);
        }
        PhoneNumber read = PhoneNumber.read(typed, homeRegion);
        if (read.understood()) {
            digits.add(read.searchDigits());
        }
        return digits;
    }
}
