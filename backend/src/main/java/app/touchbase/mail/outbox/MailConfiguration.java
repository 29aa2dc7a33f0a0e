package app.touchbase.mail.outbox;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailProperties.class)
class MailConfiguration {

    /**
     * On its very first start the outbox processor begins a little before now: late enough to skip the reminders of
     * a restored history (they were mailed by the installation that made the backup), early enough to catch any
     * reminder queued while the application was starting.
     */
    static final Duration FIRST_START_LOOKBACK = Duration.ofMinutes(10);

    /** Event timestamps come from Axon's clock, so the starting point is measured on that clock too. */
    @Bean
    ConfigurerModule mailOutboxProcessing() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerTrackingEventProcessorConfiguration(OutboxFeeder.PROCESSING_GROUP, config ->
                        TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                .andInitialTrackingToken(source -> source.createTokenAt(GenericEventMessage.clock.instant().minus(FIRST_START_LOOKBACK)))));
    }
}
