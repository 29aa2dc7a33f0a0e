package app.touchbase.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;
import java.util.List;

/**
 * Every {@code touchbase.mail.*} setting, with its default.
 *
 * @param from             the sender of reminder mails
 * @param linkSecret       the key one-click links are signed with (at least 32 bytes); empty: a key made once and kept
 *                         in the database
 * @param dispatchInterval how often the outbox is checked
 * @param retryPauses      the pauses before each retry of a failed send (one more attempt than pauses)
 */
@ConfigurationProperties("touchbase.mail")
public record MailProperties(String from, String linkSecret, Duration dispatchInterval, List<Duration> retryPauses) {

    public static final String DEFAULT_FROM = "Touchbase <touchbase@localhost>";

    public MailProperties {
        from = from == null || from.isBlank() ? DEFAULT_FROM : from;
        linkSecret = linkSecret == null ? "" : linkSecret;
        dispatchInterval = dispatchInterval == null ? Duration.ofSeconds(10) : dispatchInterval;
        retryPauses = retryPauses == null || retryPauses.isEmpty()
                ? List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofHours(2),
                Duration.ofHours(6), Duration.ofHours(12))
                : List.copyOf(retryPauses);
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(MailProperties.class)
    static class Binding {
    }
}
