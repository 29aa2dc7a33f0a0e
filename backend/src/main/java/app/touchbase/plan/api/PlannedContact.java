package app.touchbase.plan.api;

import java.util.UUID;

/** One person of a recorded plan and where they stand. */
public record PlannedContact(UUID contactId, PlanSource source, PlanItemStatus status) {

    public PlannedContact withStatus(PlanItemStatus newStatus) {
        return new PlannedContact(contactId, source, newStatus);
    }
}
