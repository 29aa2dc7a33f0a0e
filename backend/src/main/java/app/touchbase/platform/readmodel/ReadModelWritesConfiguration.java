package app.touchbase.platform.readmodel;

import app.touchbase.platform.axon.ReadModels;
import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ReadModelWritesConfiguration {

    /** First of the read models' own steps, so it sees every event of a batch, also those a later step skips. */
    @Bean
    ConfigurerModule readModelWritesPerBatch() {
        return new ConfigurerModule() {
            @Override
            public void configureModule(Configurer configurer) {
                configurer.eventProcessing(processing ->
                        processing.registerHandlerInterceptor(ReadModels.PROCESSING_GROUP, config -> new WritesSentPerBatch()));
            }

            @Override
            public int order() {
                return Integer.MIN_VALUE;
            }
        };
    }
}
