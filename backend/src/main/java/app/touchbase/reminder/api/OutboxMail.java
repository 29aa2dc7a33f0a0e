package app.touchbase.reminder.api;

import java.time.Instant;
import java.util.UUID;

public record OutboxMail(UUID mailId, MailKind kind, String subject, String recipient, MailStatus status,
                         Instant queuedAt, Instant sentAt, int attempts, String lastError, String text) {
}
