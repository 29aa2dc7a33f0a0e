package app.touchbase.cadence.api;

import app.touchbase.shared.api.ContactEvent;

import java.time.Instant;
import java.util.UUID;

public record CircleRulesWithdrawn(UUID contactId, String owner, UUID circleId, Instant withdrawnAt)
        implements ContactEvent {
}
