package app.touchbase.shared;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** The time zone each owner reads the calendar in: days are days there. */
public interface OwnerZones {

    /** The owner's zone; UTC for an account not known (yet). */
    ZoneId zoneOf(String owner);

    default LocalDate today(String owner, Clock clock) {
        return LocalDate.ofInstant(clock.instant(), zoneOf(owner));
    }
}
