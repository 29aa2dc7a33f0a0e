package app.touchbase.importantdate.api;

import app.touchbase.shared.api.ContactEvent;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

@Revision("1")
public record ImportantDateRemoved(UUID contactId, String owner, UUID dateId, Instant removedAt) implements ContactEvent {
}
