package app.touchbase.plan.api;

import java.util.UUID;

/** One person as a plan is opened with them. */
public record PlanEntry(UUID contactId, PlanSource source) {
}
