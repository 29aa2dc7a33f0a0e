package app.touchbase.account.write;

import app.touchbase.account.api.RegisterAccount;
import app.touchbase.shared.api.InvalidInputException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** What a password must be: long enough, within what bcrypt reads, and not one people choose all the time. */
final class PasswordRules {

    static final int MIN_DIFFERENT_CHARACTERS = 5;
    private static final String COMMON_LIST = "common-passwords.txt";

    private PasswordRules() {
    }

    static void validate(String password, String accountId, String field) {
        if (password == null || password.codePointCount(0, password.length()) < RegisterAccount.MIN_PASSWORD) {
            throw new InvalidInputException(field,
                    "A password needs at least " + RegisterAccount.MIN_PASSWORD + " characters: a few words make a good one.");
        }
        int bytes = password.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > RegisterAccount.MAX_PASSWORD_BYTES) {
            throw new InvalidInputException(field, "The password is too long: at most " + RegisterAccount.MAX_PASSWORD_BYTES
                    + " bytes (about 72 letters, fewer with accents or emoji), this one has " + bytes + ".");
        }
        if (password.strip().equalsIgnoreCase(accountId)) {
            throw new InvalidInputException(field, "The password must not be the user name.");
        }
        if (password.codePoints().distinct().count() < MIN_DIFFERENT_CHARACTERS) {
            throw new InvalidInputException(field, "The password repeats a few characters only: use at least "
                    + MIN_DIFFERENT_CHARACTERS + " different ones.");
        }
        if (Common.PASSWORDS.contains(password.strip().toLowerCase(Locale.ROOT))) {
            throw new InvalidInputException(field, "This password is one of the most common ones and easily guessed: choose another.");
        }
    }

    /** Loaded on first use. */
    private static final class Common {

        static final Set<String> PASSWORDS = load();

        private static Set<String> load() {
            try (InputStream list = Objects.requireNonNull(PasswordRules.class.getResourceAsStream(COMMON_LIST), COMMON_LIST);
                 BufferedReader lines = new BufferedReader(new InputStreamReader(list, StandardCharsets.UTF_8))) {
                return lines.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).collect(Collectors.toUnmodifiableSet());
            } catch (IOException unreadable) {
                throw new UncheckedIOException(unreadable);
            }
        }
    }
}
