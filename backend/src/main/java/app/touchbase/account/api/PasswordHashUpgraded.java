package app.touchbase.account.api;

import java.time.Instant;

/** The same password, hashed again at the current bcrypt cost. */
public record PasswordHashUpgraded(String accountId, String passwordHash, Instant upgradedAt) {
}
