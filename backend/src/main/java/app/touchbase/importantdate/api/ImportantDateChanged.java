package app.touchbase.importantdate.api;

import app.touchbase.shared.api.ContactEvent;

import java.time.Instant;
import java.time.MonthDay;
import java.util.UUID;

public record ImportantDateChanged(UUID contactId, String owner, UUID dateId, String label, MonthDay day, Integer year,
                                   int noticeDays, Instant changedAt) implements ContactEvent {
}
