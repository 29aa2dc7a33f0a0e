package app.touchbase.plan.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One person of the week's plan was reached; {@code byTouch} when a logged touch said so. */
public record PlanItemDone(String planId, String owner, LocalDate weekStart, UUID contactId, boolean byTouch,
                           Instant doneAt) implements WeeklyPlanEvent {
}
