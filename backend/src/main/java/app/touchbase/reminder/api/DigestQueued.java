package app.touchbase.reminder.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

public record DigestQueued(String accountId, UUID digestId, LocalDate weekOf, Instant queuedAt) {
}
