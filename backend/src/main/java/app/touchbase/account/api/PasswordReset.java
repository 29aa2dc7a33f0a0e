package app.touchbase.account.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The installation set a new password (after a restore); only its bcrypt hash is stored. */
@Revision("1")
public record PasswordReset(String accountId, String passwordHash, Instant resetAt) {
}
