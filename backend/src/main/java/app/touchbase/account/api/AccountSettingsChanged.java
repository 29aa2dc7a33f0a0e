package app.touchbase.account.api;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;

public record AccountSettingsChanged(String accountId, String displayName, ZoneId zone, Period defaultCadence,
                                     Instant changedAt) {
}
