package app.touchbase.shared;

import java.time.Instant;
import java.time.ZoneId;

/** The time zone an owner read the calendar in at a past moment, as their account's own events tell it. */
public interface OwnerZoneHistory {

    /** The owner's zone at {@code moment}; UTC for an owner whose account is not in the store. */
    ZoneId zoneAt(String owner, Instant moment);
}
