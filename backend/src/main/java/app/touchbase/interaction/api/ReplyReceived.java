package app.touchbase.interaction.api;

import app.touchbase.shared.api.ContactEvent;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

/** The reply awaited for the touch {@code interactionId} came (or the owner stopped waiting for it). */
@Revision("1")
public record ReplyReceived(UUID contactId, String owner, UUID interactionId, Instant recordedAt) implements ContactEvent {
}
