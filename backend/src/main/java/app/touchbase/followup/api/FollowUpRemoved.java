package app.touchbase.followup.api;

import app.touchbase.shared.api.ContactEvent;

import java.time.Instant;
import java.util.UUID;

public record FollowUpRemoved(UUID contactId, String owner, UUID followUpId, Instant removedAt) implements ContactEvent {
}
