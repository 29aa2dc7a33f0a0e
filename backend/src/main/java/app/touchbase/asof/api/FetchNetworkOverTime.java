package app.touchbase.asof.api;

import java.time.LocalDate;

/**
 * Where the owner's network stood on each day from {@code from} to {@code to} (days in the owner's zone, {@code to}
 * today at the latest, at most {@link #MAX_DAYS} days), as the owner knew it at the end of each day.
 */
public record FetchNetworkOverTime(String owner, LocalDate from, LocalDate to) {

    public static final int MAX_DAYS = 366;
}
