package app.touchbase.contact.api;

import java.time.LocalDate;

/**
 * Every live touch of the owner's network from {@code from} to {@code to} (days in the owner's zone, both included),
 * without notes; answers {@link LoggedTouches}. At most {@link #MAX_DAYS} days at once.
 */
public record ListLoggedTouches(String owner, LocalDate from, LocalDate to) {

    public static final int MAX_DAYS = 800;
}
