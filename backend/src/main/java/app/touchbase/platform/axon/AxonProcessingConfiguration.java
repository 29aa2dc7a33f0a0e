package app.touchbase.platform.axon;

import app.touchbase.platform.storage.StorageFaults;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.EhCache3Adapter;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.messaging.StreamableMessageSource;
import org.ehcache.CacheManager;
import org.ehcache.config.builders.CacheConfigurationBuilder;
import org.ehcache.config.builders.CacheManagerBuilder;
import org.ehcache.config.builders.ResourcePoolsBuilder;
import org.ehcache.core.Ehcache;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

@Configuration(proxyBeanMethods = false)
public class AxonProcessingConfiguration {

    /** Events one read-model transaction handles; large batches keep replays fast. */
    static final int PROCESSOR_BATCH_SIZE = 200;

    static final int CACHED_CONTACTS = 500;

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * The contacts most recently worked on stay loaded, so a command on one of them reads none of its events. A cache
     * of weak references kept them only until the next garbage collection, so a contact with a long history was read
     * and opened again for most commands. Bounded by count: a loaded contact takes about 2 KB and half a kilobyte a
     * touch ({@code LoadedContactSizeBenchmark}), so 500 contacts of a hundred touches each hold about 27 MB.
     */
    @Bean(destroyMethod = "close")
    CacheManager aggregateCaches() {
        return CacheManagerBuilder.newCacheManagerBuilder().build(true);
    }

    @Bean
    Cache contactCache(CacheManager aggregateCaches) {
        return new EhCache3Adapter((Ehcache) aggregateCaches.createCache("contacts", CacheConfigurationBuilder
                .newCacheConfigurationBuilder(Object.class, Object.class, ResourcePoolsBuilder.heap(CACHED_CONTACTS))));
    }

    /**
     * Read models start from the beginning of history and stop at a failing event (retrying it with back-off)
     * instead of skipping it, so a read model never silently misses an event.
     */
    @Bean
    ConfigurerModule readModelProcessing() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerTrackingEventProcessorConfiguration(config -> TrackingEventProcessorConfiguration
                        .forSingleThreadedProcessing()
                        .andBatchSize(PROCESSOR_BATCH_SIZE)
                        .andInitialTrackingToken(StreamableMessageSource::createTailToken))
                .registerDefaultListenerInvocationErrorHandler(config -> PropagatingErrorHandler.instance()));
    }

    @Bean(destroyMethod = "shutdownNow")
    ScheduledExecutorService commandRetryExecutor() {
        return Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "command-retry");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Bean
    CommandGateway commandGateway(CommandBus commandBus, ScheduledExecutorService commandRetryExecutor, StorageFaults storageFaults) {
        CommandBusGuards.install(commandBus, storageFaults);
        return new StorageAwareCommandGateway(DefaultCommandGateway.builder()
                .commandBus(commandBus)
                .retryScheduler(ConcurrencyRetryScheduler.create(commandRetryExecutor))
                .build(), storageFaults);
    }
}
