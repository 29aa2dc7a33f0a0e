package app.touchbase.ui.base;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;

/**
 * The signed-in account as a view sees it for its whole life: read once when the view is built, so work the view
 * does later (a pushed refresh outside any request) needs no security context.
 */
public record SignedIn(String owner, ZoneId zone, Period defaultCadence, Clock clock) {

    public static SignedIn of(CurrentAccount account) {
        var settings = account.settings();
        return new SignedIn(settings.accountId(), settings.zone(), settings.defaultCadence(), account.clock());
    }

    /** Today as the owner reads the calendar. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }
}
