package app.touchbase.mail.outbox;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.List;

/**
 * {@code touchbase.mail.dispatch-interval}: how often the outbox is checked; {@code touchbase.mail.retry-pauses}:
 * the pauses before each retry of a failed send (one more attempt than pauses).
 */
@ConfigurationProperties("touchbase.mail")
record MailProperties(Duration dispatchInterval, List<Duration> retryPauses) {

    MailProperties {
        dispatchInterval = dispatchInterval == null ? Duration.ofSeconds(10) : dispatchInterval;
        retryPauses = retryPauses == null || retryPauses.isEmpty()
                ? List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofHours(2),
                Duration.ofHours(6), Duration.ofHours(12))
                : List.copyOf(retryPauses);
    }
}
