package app.touchbase.account.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The same password, hashed again at the current bcrypt cost. */
@Revision("1")
public record PasswordHashUpgraded(String accountId, String passwordHash, Instant upgradedAt) {
}
