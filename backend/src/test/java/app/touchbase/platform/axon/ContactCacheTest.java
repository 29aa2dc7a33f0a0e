package app.touchbase.platform.axon;

import org.axonframework.common.caching.Cache;
import org.ehcache.CacheManager;
import org.junit.jupiter.api.Test;

import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class ContactCacheTest {

    private final AxonProcessingConfiguration configuration = new AxonProcessingConfiguration();

    @Test
    void keepsTheContactsLastWorkedOnUpToItsBoundWhateverTheCollectorDoes() {
        try (CacheManager caches = configuration.aggregateCaches()) {
            Cache contacts = configuration.contactCache(caches);
            int worked = AxonProcessingConfiguration.CACHED_CONTACTS + 500;
            IntStream.range(0, worked).forEach(contact -> contacts.put("contact-" + contact, new Object()));
            System.gc();

            long kept = IntStream.range(0, worked).filter(contact -> contacts.containsKey("contact-" + contact)).count();
            assertThat(kept).isEqualTo(AxonProcessingConfiguration.CACHED_CONTACTS);
            assertThat(contacts.containsKey("contact-" + (worked - 1))).isTrue();
        }
    }
}
