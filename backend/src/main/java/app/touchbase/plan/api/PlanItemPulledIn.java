package app.touchbase.plan.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One person of the week's plan: the owner added someone beyond the proposal ("add to this week"). */
@Revision("1")
public record PlanItemPulledIn(String planId, String owner, LocalDate weekStart, UUID contactId, Instant pulledAt) implements WeeklyPlanEvent {
}
