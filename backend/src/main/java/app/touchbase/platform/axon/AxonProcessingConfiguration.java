package app.touchbase.platform.axon;

import app.touchbase.platform.storage.StorageFaults;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

@Configuration(proxyBeanMethods = false)
public class AxonProcessingConfiguration {

    /** Events one read-model transaction handles; large batches keep replays fast. */
    static final int PROCESSOR_BATCH_SIZE = 200;

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    Cache contactCache() {
        return new WeakReferenceCache();
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
