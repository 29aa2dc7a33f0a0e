package app.touchbase.plan.api;

import java.time.LocalDate;
import java.util.UUID;

/** One person of the recorded plan of a week, if they are in it; answers Optional of {@link PlannedContact}. */
public record FetchPlannedContact(String owner, LocalDate weekStart, UUID contactId) {
}
