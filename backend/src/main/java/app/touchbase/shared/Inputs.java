package app.touchbase.shared;

import app.touchbase.shared.api.InvalidInputException;
import org.apache.commons.validator.routines.EmailValidator;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.Objects;
import java.util.regex.Pattern;

/** Checks used by the write side before it applies an event. Each failure names the field and what to fix. */
public final class Inputs {

    private static final EmailValidator EMAILS = EmailValidator.getInstance(true);
    /** Control characters other than tab and line breaks: invisible, and able to garble logs and terminals. */
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\t\\n\\r]]");

    private Inputs() {
    }

    public static void requireText(String value, String field, String label, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, label + " must not be empty.");
        }
        limitLength(value, field, label, maxLength);
    }

    public static void limitLength(String value, String field, String label, int maxLength) {
        refuseControlCharacters(value, field, label);
        if (value != null && value.length() > maxLength) {
            throw new InvalidInputException(field,
                    label + " is too long: " + value.length() + " characters, at most " + maxLength + " allowed.");
        }
    }

    public static void refuseControlCharacters(String value, String field, String label) {
        if (value != null && CONTROL.matcher(value).find()) {
            throw new InvalidInputException(field, label
                    + " contains an invisible control character (such as NUL, BEL or ESC): type it again without.");
        }
    }

    public static void limitSize(Collection<?> values, String field, String label, int maxSize) {
        if (values.size() > maxSize) {
            throw new InvalidInputException(field, "At most " + maxSize + " " + label + " allowed, got " + values.size() + ".");
        }
    }

    public static boolean isEmail(String value) {
        return EMAILS.isValid(value);
    }

    public static void requireEmail(String value, String field) {
        if (!isEmail(value)) {
            throw new InvalidInputException(field, "'" + value + "' is not a valid email address (expected name@example.com).");
        }
    }

    public static <T> T requirePresent(T value, String field, String label) {
        if (value == null) {
            throw new InvalidInputException(field, label + " is required.");
        }
        return value;
    }

    public static void requireOwner(String owner) {
        requireText(owner, "owner", "The owning account", 200);
    }

    /**
     * From one day (or month) to another, both given, the first not after the last, and fewer than {@code max} of
     * {@code unit} apart: {@code unitName} is its singular ("day"), {@code what} what is asked for ("days of touches").
     */
    public static <T extends Temporal & Comparable<? super T>> void requireStretch(T from, T to, ChronoUnit unit, int max,
                                                                                   String unitName, String what) {
        requirePresent(from, "from", "The first " + unitName);
        requirePresent(to, "to", "The last " + unitName);
        if (from.compareTo(to) > 0) {
            throw new InvalidInputException("from", "The first " + unitName + " must not be after the last " + unitName + " (" + to + ").");
        }
        if (unit.between(from, to) >= max) {
            throw new InvalidInputException("from", "Ask for at most " + max + " " + what + " at once.");
        }
    }

    public static void requireNotAfter(Instant value, Instant latest, String field, String message) {
        if (Objects.requireNonNull(value).isAfter(latest)) {
            throw new InvalidInputException(field, message);
        }
    }
}
