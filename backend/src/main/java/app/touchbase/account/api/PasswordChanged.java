package app.touchbase.account.api;

import java.time.Instant;

/** The owner set a new password; only its bcrypt hash is stored. */
public record PasswordChanged(String accountId, String passwordHash, Instant changedAt) {
}
