package app.touchbase.importantdate.api;

import app.touchbase.shared.api.ContactEvent;

import java.time.Instant;
import java.time.MonthDay;
import java.util.UUID;

public record ImportantDateAdded(UUID contactId, String owner, UUID dateId, String label, MonthDay day, Integer year,
                                 int noticeDays, Instant addedAt) implements ContactEvent {
}
