package app.touchbase.plan.automation;

import app.touchbase.interaction.api.InteractionLogged;
import app.touchbase.plan.PlanCalendar;
import app.touchbase.plan.api.MarkPlanItemDone;
import app.touchbase.platform.axon.NearHeadProcessors;
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

/**
 * A touch logged for someone in the plan of the week it happened marks them done there. A week without a recorded
 * plan, or someone not in it, is no error: the touch simply counts for the due list.
 */
@Component
@ProcessingGroup(WhenTouchIsLoggedThenTickThePlan.PROCESSING_GROUP)
class WhenTouchIsLoggedThenTickThePlan {

    static final String PROCESSING_GROUP = "plan-ticks";
    private static final Logger LOG = LoggerFactory.getLogger(WhenTouchIsLoggedThenTickThePlan.class);

    private final CommandGateway commands;
    private final PlanCalendar calendar;

    WhenTouchIsLoggedThenTickThePlan(CommandGateway commands, PlanCalendar calendar) {
        this.commands = commands;
        this.calendar = calendar;
    }

    @Configuration(proxyBeanMethods = false)
    static class Processing {

        @Bean
        ConfigurerModule planTicksProcessing() {
            return NearHeadProcessors.startingNearHead(PROCESSING_GROUP);
        }
    }

    @EventHandler
    @DisallowReplay
    void on(InteractionLogged event) {
        try {
            commands.sendAndWait(new MarkPlanItemDone(event.owner(), calendar.weekStartOf(event.owner(), event.occurredOn()),
                    event.contactId(), true));
        } catch (AggregateNotFoundException noPlanThatWeek) {
            LOG.debug("No plan for the week of {}'s touch", event.contactId());
        } catch (RuntimeException refused) {
            if (refused.getCause() instanceof AggregateNotFoundException) {
                return;
            }
            LOG.debug("The plan was not ticked for {}: {}", event.contactId(), refused.getMessage());
        }
    }
}
