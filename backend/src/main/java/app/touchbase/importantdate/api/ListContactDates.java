package app.touchbase.importantdate.api;

import java.time.LocalDate;
import java.util.UUID;

/** One contact's important dates, with their next occurrence on or after {@code from}. */
public record ListContactDates(String owner, UUID contactId, LocalDate from) {
}
