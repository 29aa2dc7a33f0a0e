package app.touchbase.account.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The owner set a new password; only its bcrypt hash is stored. */
@Revision("1")
public record PasswordChanged(String accountId, String passwordHash, Instant changedAt) {
}
