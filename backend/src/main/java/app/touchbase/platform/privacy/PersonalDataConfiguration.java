package app.touchbase.platform.privacy;

import app.touchbase.platform.axon.ReadModels;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.serialization.ChainingConverter;
import org.axonframework.serialization.RevisionResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Events are written with Jackson as before, with personal fields sealed; sagas, tokens and deadlines keep the
 * general serializer, which seals nothing (they hold ids, not personal data).
 */
@Configuration(proxyBeanMethods = false)
public class PersonalDataConfiguration {

    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer(ObjectMapper objectMapper, RevisionResolver revisionResolver, PersonalDataSeal seal) {
        ObjectMapper sealing = objectMapper.copy().registerModule(new SealPersonalFields(seal, objectMapper.copy()));
        return JacksonSerializer.builder()
                .revisionResolver(revisionResolver)
                .converter(new ChainingConverter(getClass().getClassLoader()))
                .objectMapper(sealing)
                .build();
    }

    @Bean
    ConfigurerModule readModelsSkipErasedContacts(ErasedKeys erased) {
        return configurer -> configurer.eventProcessing(processing ->
                processing.registerHandlerInterceptor(ReadModels.PROCESSING_GROUP, config -> new SkipErasedContacts(erased)));
    }

    @Bean
    OpenSealedFields openSealedFields(PersonalDataSeal seal) {
        return new OpenSealedFields(seal);
    }
}
