package app.touchbase.reminder.api;

import app.touchbase.shared.api.ContactEvent;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

public record ReminderQueued(UUID contactId, String owner, UUID reminderId, List<ReminderOccasion> occasions,
                             Instant queuedAt) implements ContactEvent {
}
