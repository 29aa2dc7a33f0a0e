package app.touchbase.reminder.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Revision("1")
public record DigestQueued(String accountId, UUID digestId, LocalDate weekOf, Instant queuedAt) {
}
