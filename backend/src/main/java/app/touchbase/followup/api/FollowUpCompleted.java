package app.touchbase.followup.api;

import app.touchbase.shared.api.ContactEvent;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

@Revision("1")
public record FollowUpCompleted(UUID contactId, String owner, UUID followUpId, Instant completedAt) implements ContactEvent {
}
