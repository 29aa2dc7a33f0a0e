package app.touchbase.replay;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.lifecycle.Phase;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * At every start, just before event processors start (so nothing is processing yet and nothing has to be stopped):
 * finish an interrupted rebuild, or start one for {@code --touchbase.replay=true} or a new {@link ReadModelVersion}.
 */
@Configuration(proxyBeanMethods = false)
class RebuildOnStartup {

    @Bean
    ConfigurerModule rebuildReadModelsBeforeProcessingStarts(ObjectProvider<ReadModelRebuilds> rebuilds,
                                                              @Value("${touchbase.replay:false}") boolean replay) {
        return configurer -> configurer.onInitialize(config -> config.onStart(Phase.INBOUND_EVENT_CONNECTORS - 1,
                () -> rebuilds.getObject().atStartup(replay)));
    }
}
