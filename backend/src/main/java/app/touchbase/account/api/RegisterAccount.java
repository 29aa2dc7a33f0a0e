package app.touchbase.account.api;

import java.time.ZoneId;

/**
 * Open an account. The user name is how its owner signs in (3 to 50 letters, digits, dots, dashes, underscores or @,
 * case-insensitive); the password (at least 10 characters) is only ever stored hashed.
 */
public record RegisterAccount(String username, String displayName, String password, ZoneId zone) {

    public static final int MIN_PASSWORD = 10;

    /** The password is never printed, not even in a log line. */
    @Override
    public String toString() {
        return "RegisterAccount[username=" + username + ", displayName=" + displayName + ", zone=" + zone + "]";
    }
}
