package app.touchbase.plan.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One person of the week's plan was reached; {@code byTouch} when a logged touch said so. */
@Revision("1")
public record PlanItemDone(String planId, String owner, LocalDate weekStart, UUID contactId, boolean byTouch,
                           Instant doneAt) implements WeeklyPlanEvent {
}
