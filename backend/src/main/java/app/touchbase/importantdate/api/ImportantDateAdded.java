package app.touchbase.importantdate.api;

import app.touchbase.shared.api.ContactEvent;
import app.touchbase.shared.api.Personal;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.MonthDay;
import java.util.UUID;

@Revision("1")
public record ImportantDateAdded(UUID contactId, String owner, UUID dateId, @Personal String label, MonthDay day, Integer year,
                                 int noticeDays, Instant addedAt) implements ContactEvent {
}
