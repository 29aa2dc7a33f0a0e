package app.touchbase.platform.storage;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

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
 * @param fileUpkeep    how the embedded-file mode keeps its data file compact, and how much of it in memory
 */
@ConfigurationProperties("touchbase.storage")
public record StorageProperties(
        @DefaultValue("embedded-file") StorageMode mode,
        @DefaultValue("data/touchbase.mv") Path file,
        String uri,
        @DefaultValue("touchbase") String database,
        @DefaultValue("10s") Duration eventLookback,
        @DefaultValue FileUpkeep fileUpkeep) {

    /**
     * {@code touchbase.storage.file-upkeep.*}. Every write is committed at once, so each command leaves a chunk of
     * old pages behind; the store frees a chunk only once no live page is left in it and it is older than the retention.
     *
     * @param retention      how long a chunk that holds no live page is kept before its space is reused; it guards
     *                       against a machine (not a process) that dies before the disk wrote what it was given
     *                       (H2's own default, 45 s)
     * @param compactEvery   how often live pages are moved out of sparse chunks while running
     * @param targetFillRate the share of live data (%) in the chunks still holding some, below which a pass moves
     *                       pages to free chunks
     * @param compactAtStop  whether a clean stop rewrites the file with only its live data
     * @param pageCache      how much of the heap keeps the file's pages decoded, for reads that need not go to the
     *                       file; unset, an eighth of the heap, at least 16 MB (H2's own default)
     */
    public record FileUpkeep(
            @DefaultValue("45s") Duration retention,
            @DefaultValue("2s") Duration compactEvery,
            @DefaultValue("80") int targetFillRate,
            @DefaultValue("true") boolean compactAtStop,
            DataSize pageCache) {

        public static final FileUpkeep DEFAULTS = new FileUpkeep(Duration.ofSeconds(45), Duration.ofSeconds(2), 80,
                true, null);
        static final int MIN_AUTOMATIC_PAGE_CACHE_MB = 16;

        public FileUpkeep {
            if (targetFillRate < 1 || targetFillRate > 99) {
                throw new IllegalArgumentException("touchbase.storage.file-upkeep.target-fill-rate must be 1..99, was " + targetFillRate);
            }
            if (pageCache != null && pageCache.toMegabytes() < 1) {
                throw new IllegalArgumentException("touchbase.storage.file-upkeep.page-cache must be at least 1MB, was " + pageCache);
            }
        }

        int pageCacheMegabytes() {
            if (pageCache != null) {
                return (int) Math.min(Integer.MAX_VALUE, pageCache.toMegabytes());
            }
            return (int) Math.max(MIN_AUTOMATIC_PAGE_CACHE_MB, (Runtime.getRuntime().maxMemory() >> 20) / 8);
        }
    }

    public StorageProperties {
        fileUpkeep = fileUpkeep == null ? FileUpkeep.DEFAULTS : fileUpkeep;
        if (mode == StorageMode.EXTERNAL && (uri == null || uri.isBlank())) {
            throw new IllegalArgumentException(
                    "touchbase.storage.mode=external needs touchbase.storage.uri, e.g. mongodb://localhost:27017/?replicaSet=rs0");
        }
        if (eventLookback != null && eventLookback.compareTo(Duration.ofSeconds(10)) < 0) {
            throw new IllegalArgumentException("touchbase.storage.event-lookback must be at least 10s, was " + eventLookback);
        }
    }
}
