package app.touchbase.reminder.api;

import app.touchbase.shared.api.ContactEvent;

import java.time.Instant;
import java.util.UUID;

public record ReminderSent(UUID contactId, String owner, UUID reminderId, String sentTo, Instant sentAt)
        implements ContactEvent {
}
