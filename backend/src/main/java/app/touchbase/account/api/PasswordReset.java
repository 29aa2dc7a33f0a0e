package app.touchbase.account.api;

import java.time.Instant;

/** The installation set a new password (after a restore); only its bcrypt hash is stored. */
public record PasswordReset(String accountId, String passwordHash, Instant resetAt) {
}
