package app.touchbase.cadence.api;

import app.touchbase.shared.api.ContactEvent;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

@Revision("1")
public record SnoozeStopped(UUID contactId, String owner, Instant stoppedAt) implements ContactEvent {
}
