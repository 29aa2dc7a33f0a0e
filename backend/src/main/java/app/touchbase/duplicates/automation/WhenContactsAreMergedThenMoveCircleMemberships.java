package app.touchbase.duplicates.automation;

import app.touchbase.circle.api.AddToCircle;
import app.touchbase.circle.api.RemoveFromCircle;
import app.touchbase.contact.api.DuplicateMergeUndone;
import app.touchbase.contact.api.DuplicateMergedIn;
import app.touchbase.platform.axon.NearHeadProcessors;
import app.touchbase.shared.api.TouchbaseException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The kept contact joins the circles the merged-away one was in (and gets their rules from the circle, as any new
 * member does); an undo takes it out of exactly those again. Joining twice or leaving twice changes nothing, so a
 * repeated event is harmless. The merged-away contact stays a member: it is archived, so no list shows it.
 */
@Component
@ProcessingGroup(WhenContactsAreMergedThenMoveCircleMemberships.PROCESSING_GROUP)
class WhenContactsAreMergedThenMoveCircleMemberships {

    static final String PROCESSING_GROUP = "merge-circles";
    private static final Logger LOG = LoggerFactory.getLogger(WhenContactsAreMergedThenMoveCircleMemberships.class);

    private final CommandGateway commands;

    WhenContactsAreMergedThenMoveCircleMemberships(CommandGateway commands) {
        this.commands = commands;
    }

    @Configuration(proxyBeanMethods = false)
    static class Processing {

        @Bean
        ConfigurerModule mergeCirclesProcessing() {
            return NearHeadProcessors.startingNearHead(PROCESSING_GROUP);
        }
    }

    @EventHandler
    @DisallowReplay
    void on(DuplicateMergedIn event) {
        event.circleIds().forEach(circleId -> send(new AddToCircle(circleId, event.owner(), List.of(event.contactId()))));
    }

    @EventHandler
    @DisallowReplay
    void on(DuplicateMergeUndone event) {
        event.circleIds().forEach(circleId -> send(new RemoveFromCircle(circleId, event.owner(), List.of(event.contactId()))));
    }

    /** A circle archived or deleted since is left as it is. */
    private void send(Object command) {
        try {
            commands.sendAndWait(command);
        } catch (TouchbaseException | AggregateNotFoundException refused) {
            LOG.info("A circle did not take a merge's change: {}", refused.getClass().getSimpleName());
        }
    }
}
