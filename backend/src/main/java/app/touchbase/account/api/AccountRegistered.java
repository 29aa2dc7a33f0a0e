package app.touchbase.account.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.ZoneId;

@Revision("1")
public record AccountRegistered(String accountId, String displayName, String passwordHash, ZoneId zone,
                                Instant registeredAt) {
}
