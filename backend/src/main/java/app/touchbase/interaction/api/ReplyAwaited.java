package app.touchbase.interaction.api;

import app.touchbase.shared.api.ContactEvent;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

/** The owner waits for a reply to the touch {@code interactionId}; the plan and the digest keep it in sight. */
@Revision("1")
public record ReplyAwaited(UUID contactId, String owner, UUID interactionId, Instant recordedAt) implements ContactEvent {
}
