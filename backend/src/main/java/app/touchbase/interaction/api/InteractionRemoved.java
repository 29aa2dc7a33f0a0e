package app.touchbase.interaction.api;

import app.touchbase.shared.api.ContactEvent;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

@Revision("1")
public record InteractionRemoved(UUID contactId, String owner, UUID interactionId, Instant removedAt) implements ContactEvent {
}
