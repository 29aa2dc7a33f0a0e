package app.touchbase.reminder.api;

import app.touchbase.shared.api.ContactEvent;
import app.touchbase.shared.api.Personal;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

@Revision("1")
public record ReminderSent(UUID contactId, String owner, UUID reminderId, @Personal String sentTo, Instant sentAt)
        implements ContactEvent {
}
