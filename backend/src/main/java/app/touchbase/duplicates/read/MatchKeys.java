package app.touchbase.duplicates.read;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What two contacts are compared by, each written one way only: an email in lower case; a phone number as its digits
 * within the country (libphonenumber reads one that names its country, a national one loses its trunk zeros); a
 * LinkedIn profile as {@code linkedin.com/in/<name>} whatever scheme, country subdomain, "www", case or trailing
 * slash it was written with; a name without accents, punctuation or case, its words in alphabetical order and as written.
 */
final class MatchKeys {

    /** Fewer digits than this are an extension or a short code, not a number to match people by. */
    static final int MIN_PHONE_DIGITS = 7;
    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    private static final Pattern INVISIBLE = Pattern.compile("\\p{Cf}");
    private static final Pattern EXTENSION = Pattern.compile("(?i)\\s*(?:x|ext\\.?|extension|[,;]).*$");
    private static final Pattern LINKEDIN = Pattern.compile(
            "(?i)(?:https?://)?(?:[a-z]{2,3}\\.)?(?:www\\.)?linkedin\\.com/(in|pub)/([^/?#\\s]+)");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private MatchKeys() {
    }

    static String email(String address) {
        return address.strip().toLowerCase(Locale.ROOT);
    }

    static Optional<String> phone(String written) {
        String visible = INVISIBLE.matcher(written).replaceAll("").strip();
        String international = visible.startsWith("00") ? "+" + visible.substring(2) : visible;
        if (international.startsWith("+")) {
            try {
                String national = String.valueOf(PHONES.parse(international, "ZZ").getNationalNumber());
                return national.length() >= MIN_PHONE_DIGITS ? Optional.of(national) : Optional.empty();
            } catch (NumberParseException notReadable) {
                // read as plain digits below
            }
        }
        String digits = EXTENSION.matcher(visible).replaceAll("").replaceAll("[^0-9]", "").replaceFirst("^0+", "");
        return digits.length() >= MIN_PHONE_DIGITS ? Optional.of(digits) : Optional.empty();
    }

    /** Whether two phone keys name one number: equal, or one is the other with a country code in front. */
    static boolean samePhone(String one, String other) {
        String longer = one.length() >= other.length() ? one : other;
        String shorter = longer == one ? other : one;
        return longer.endsWith(shorter) && longer.length() - shorter.length() <= 3;
    }

    static Optional<String> linkedIn(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher url = LINKEDIN.matcher(text);
        if (!url.find()) {
            return Optional.empty();
        }
        String profile;
        try {
            profile = URLDecoder.decode(url.group(2).replace("+", "%2B"), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException badEscape) {
            profile = url.group(2).toLowerCase(Locale.ROOT);
        }
        return Optional.of("linkedin.com/" + url.group(1).toLowerCase(Locale.ROOT) + "/" + profile);
    }

    /** The name's words in alphabetical order: "Hamilton, Margaret" is "Margaret Hamilton". */
    static String name(String name) {
        return words(name).sorted().collect(Collectors.joining(" "));
    }

    /** The name's words as written: "Catherine Johnson" and "Katherine Johnson" differ in one letter, not in word order. */
    static String writtenName(String name) {
        return words(name).collect(Collectors.joining(" "));
    }

    private static Stream<String> words(String name) {
        String plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
        return Arrays.stream(NOT_LETTERS.split(plain)).filter(word -> !word.isEmpty());
    }
}
