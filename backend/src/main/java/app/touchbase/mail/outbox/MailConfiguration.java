package app.touchbase.mail.outbox;

import app.touchbase.platform.axon.NearHeadProcessors;
import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class MailConfiguration {

    /** The outbox skips the reminders of a restored history: the installation that made the backup mailed them. */
    @Bean
    ConfigurerModule mailOutboxProcessing() {
        return NearHeadProcessors.startingNearHead(OutboxFeeder.PROCESSING_GROUP);
    }
}
