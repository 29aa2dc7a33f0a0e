package app.touchbase.account.api;

import java.time.Period;
import java.time.ZoneId;

public record AccountSettings(String accountId, String displayName, ZoneId zone, Period defaultCadence) {
}
