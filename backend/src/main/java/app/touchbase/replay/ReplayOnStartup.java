package app.touchbase.replay;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.lifecycle.Phase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code --touchbase.replay=true} rebuilds every read model at start-up. The tokens are reset in the start phase just
 * before event processors start, so nothing is processing yet and no running processor has to be stopped.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "touchbase.replay", havingValue = "true")
class ReplayOnStartup {

    private static final Logger LOG = LoggerFactory.getLogger(ReplayOnStartup.class);

    @Bean
    ConfigurerModule rebuildReadModelsBeforeProcessingStarts() {
        return configurer -> configurer.onInitialize(config -> config.onStart(Phase.INBOUND_EVENT_CONNECTORS - 1, () -> {
            var readModels = ReadModelReplay.readModelProcessors(config.eventProcessingConfiguration());
            LOG.info("Rebuilding {} read models from the full event history (touchbase.replay=true)", readModels.size());
            readModels.forEach(TrackingEventProcessor::resetTokens);
        }));
    }
}
