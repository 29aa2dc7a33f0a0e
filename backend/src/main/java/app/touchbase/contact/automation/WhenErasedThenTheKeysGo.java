package app.touchbase.contact.automation;

import app.touchbase.contact.api.ContactErased;
import app.touchbase.interaction.api.TouchTextErased;
import app.touchbase.platform.axon.NearHeadProcessors;
import app.touchbase.platform.privacy.PersonalDataKeys;
import app.touchbase.shared.api.AccountDeleted;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/**
 * The command that erases deletes the keys as soon as its event is stored; if that fails (the database or the disk
 * refused, the process stopped in between), this processor deletes them again from the stored event, retrying until
 * it succeeds. Deleting keys that are gone already changes nothing.
 */
@Component
@ProcessingGroup(WhenErasedThenTheKeysGo.PROCESSING_GROUP)
class WhenErasedThenTheKeysGo {

    static final String PROCESSING_GROUP = "key-erasure";

    private final PersonalDataKeys keys;

    WhenErasedThenTheKeysGo(PersonalDataKeys keys) {
        this.keys = keys;
    }

    @Configuration(proxyBeanMethods = false)
    static class Processing {

        @Bean
        ConfigurerModule keyErasureProcessing() {
            return NearHeadProcessors.startingNearHead(PROCESSING_GROUP);
        }
    }

    @EventHandler
    @DisallowReplay
    void on(ContactErased event) {
        keys.eraseContact(event.owner(), event.contactId());
    }

    @EventHandler
    @DisallowReplay
    void on(TouchTextErased event) {
        keys.eraseTouch(event.owner(), event.interactionId());
    }

    @EventHandler
    @DisallowReplay
    void on(AccountDeleted event) {
        keys.eraseAccount(event.accountId());
    }
}
