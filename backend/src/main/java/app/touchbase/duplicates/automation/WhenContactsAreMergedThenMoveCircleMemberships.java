package app.touchbase.duplicates.automation;

import app.touchbase.circle.api.AddToCircle;
import app.touchbase.circle.api.RemoveFromCircle;
import app.touchbase.contact.api.ContactMergedInto;
import app.touchbase.contact.api.ContactUnmerged;
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
 * The merged-away contact leaves its circles (so no member count, circle reminder, plan or capacity counts it), and
 * the kept contact joins those it was not in (and gets their rules from the circle, as any new member does); an undo
 * takes the kept contact out of exactly those again and puts the merged one back into the circles it left. The
 * merged contact's events come first (it is merged away before the kept one takes it in, and comes back before the
 * kept one gives back), so it leaves a full circle before the kept one joins. Joining twice or leaving twice changes
 * nothing, so a repeated event is harmless.
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
    void on(ContactMergedInto event) {
        event.circleIds().forEach(circleId -> send(new RemoveFromCircle(circleId, event.owner(), List.of(event.contactId()))));
    }

    @EventHandler
    @DisallowReplay
    void on(ContactUnmerged event) {
        event.circleIds().forEach(circleId -> send(new AddToCircle(circleId, event.owner(), List.of(event.contactId()))));
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
