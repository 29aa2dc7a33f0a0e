package app.touchbase.platform.storage;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;
import java.time.Duration;

/**
 * {@code touchbase.storage.*}: which MongoDB to use.
 *
 * @param mode          embedded-file (default), embedded-memory or external
 * @param file          the H2 file of the embedded-file mode
 * @param uri           the MongoDB connection string of the external mode
 * @param database      the database name
 * @param eventLookback how far back event readers look for events committed out of order (at least 10 s)
 */
@ConfigurationProperties("touchbase.storage")
public record StorageProperties(
        @DefaultValue("embedded-file") StorageMode mode,
        @DefaultValue("data/touchbase.mv") Path file,
        String uri,
        @DefaultValue("touchbase") String database,
        @DefaultValue("10s") Duration eventLookback) {

    public StorageProperties {
        if (mode == StorageMode.EXTERNAL && (uri == null || uri.isBlank())) {
            throw new IllegalArgumentException(
                    "touchbase.storage.mode=external needs touchbase.storage.uri, e.g. mongodb://localhost:27017/?replicaSet=rs0");
        }
        if (eventLookback != null && eventLookback.compareTo(Duration.ofSeconds(10)) < 0) {
            throw new IllegalArgumentException("touchbase.storage.event-lookback must be at least 10s, was " + eventLookback);
        }
    }
}
