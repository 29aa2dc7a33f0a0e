package app.touchbase.account.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;

@Revision("1")
public record AccountSettingsChanged(String accountId, String displayName, ZoneId zone, Period defaultCadence,
                                     Instant changedAt) {
}
