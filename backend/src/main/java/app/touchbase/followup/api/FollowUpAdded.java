package app.touchbase.followup.api;

import app.touchbase.shared.api.ContactEvent;
import app.touchbase.shared.api.Personal;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Revision("1")
public record FollowUpAdded(UUID contactId, String owner, UUID followUpId, @Personal String text, LocalDate dueOn,
                            Instant addedAt) implements ContactEvent {
}
