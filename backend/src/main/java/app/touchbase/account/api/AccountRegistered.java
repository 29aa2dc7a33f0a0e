package app.touchbase.account.api;

import java.time.Instant;
import java.time.ZoneId;

public record AccountRegistered(String accountId, String displayName, String passwordHash, ZoneId zone,
                                Instant registeredAt) {
}
