package app.touchbase.plan.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One person of the week's plan: to next week's plan, first. */
@Revision("1")
public record PlanItemMoved(String planId, String owner, LocalDate weekStart, UUID contactId, Instant movedAt) implements WeeklyPlanEvent {
}
