package app.touchbase.contact.automation;

import app.touchbase.contact.api.EraseContactWithAccount;
import app.touchbase.platform.axon.NearHeadProcessors;
import app.touchbase.shared.api.AccountDeleted;
import app.touchbase.shared.api.UnknownContactException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * A deleted account's keys are gone at once; each of its contacts then records its erasure, so every read model,
 * the outbox and the reminders let go of it exactly as when one contact is erased. A contact erased already, or
 * never stored, is skipped.
 */
@Component
@ProcessingGroup(WhenAccountIsDeletedThenEraseItsContacts.PROCESSING_GROUP)
class WhenAccountIsDeletedThenEraseItsContacts {

    static final String PROCESSING_GROUP = "account-erasure";

    private final CommandGateway commands;

    WhenAccountIsDeletedThenEraseItsContacts(CommandGateway commands) {
        this.commands = commands;
    }

    @Configuration(proxyBeanMethods = false)
    static class Processing {

        @Bean
        ConfigurerModule accountErasureProcessing() {
            return NearHeadProcessors.startingNearHead(PROCESSING_GROUP);
        }
    }

    @EventHandler
    @DisallowReplay
    void on(AccountDeleted event) {
        for (UUID contactId : event.contactIds()) {
            try {
                commands.sendAndWait(new EraseContactWithAccount(contactId, event.accountId()));
            } catch (UnknownContactException | AggregateNotFoundException gone) {
                // erased already
            }
        }
    }
}
