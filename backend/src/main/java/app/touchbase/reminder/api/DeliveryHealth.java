package app.touchbase.reminder.api;

import java.time.Instant;

/**
 * How mail delivery is doing for one owner. {@code smtpConfigured} false means mails are kept in the outbox.
 */
public record DeliveryHealth(boolean smtpConfigured, Instant lastSentAt, long pending, long failing, long failed,
                             String lastError, Instant lastErrorAt) {
}
