package app.touchbase.plan.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One person of the week's plan: not this week. */
@Revision("1")
public record PlanItemSkipped(String planId, String owner, LocalDate weekStart, UUID contactId, Instant skippedAt) implements WeeklyPlanEvent {
}
