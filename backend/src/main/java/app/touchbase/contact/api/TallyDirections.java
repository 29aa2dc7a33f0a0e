package app.touchbase.contact.api;

import java.time.LocalDate;

/** Per contact of the owner, how many live touches between {@code since} and {@code until} (both included) gave, asked or neither. */
public record TallyDirections(String owner, LocalDate since, LocalDate until) {
}
