package app.touchbase.importantdate.api;

import java.time.LocalDate;

/** Important dates of the owner's active contacts that fall in the {@code days} days from {@code from}, soonest first. */
public record ListUpcomingDates(String owner, LocalDate from, int days) {
}
