package app.touchbase.followup.api;

import app.touchbase.shared.api.ContactEvent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

public record FollowUpChanged(UUID contactId, String owner, UUID followUpId, String text, LocalDate dueOn,
                              Instant changedAt) implements ContactEvent {
}
