package app.touchbase.reminder.api;

import app.touchbase.shared.api.ContactEvent;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Revision 2: a touch occasion's key names the day it falls due (it named the moment). */
@Revision("2")
public record ReminderQueued(UUID contactId, String owner, UUID reminderId, List<ReminderOccasion> occasions,
                             Instant queuedAt) implements ContactEvent {
}
