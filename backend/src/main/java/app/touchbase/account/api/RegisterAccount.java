package app.touchbase.account.api;

import java.time.ZoneId;

/**
 * Open an account. The user name is how its owner signs in (3 to 50 letters, digits, dots, dashes, underscores or @,
 * case-insensitive); the password (12 characters to 72 bytes, not a commonly used one) is only ever stored hashed.
 */
public record RegisterAccount(String username, String displayName, String password, ZoneId zone) {

    public static final int MIN_PASSWORD = 12;
    /** bcrypt reads no further than this many bytes (UTF-8) of a password. */
    public static final int MAX_PASSWORD_BYTES = 72;

    /** The password is never printed, not even in a log line. */
    @Override
    public String toString() {
        return "RegisterAccount[username=" + username + ", displayName=" + displayName + ", zone=" + zone + "]";
    }
}
