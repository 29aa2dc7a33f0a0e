package app.touchbase.plan.automation;

import app.touchbase.interaction.api.InteractionLogged;
import app.touchbase.plan.PlanCalendar;
import app.touchbase.plan.api.FetchPlannedContact;
import app.touchbase.plan.api.MarkPlanItemDone;
import app.touchbase.plan.api.PlanItemStatus;
import app.touchbase.plan.api.PlannedContact;
import app.touchbase.platform.axon.NearHeadProcessors;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

/**
 * A touch logged for someone in the plan of the week it happened marks them done there. A week without a recorded
 * plan, or someone not in it, is no error: the touch simply counts for the due list. A plan recorded moments before
 * the touch may not be in the read model yet; the Done button marks the plan itself, so only a touch logged elsewhere
 * in that moment stays open in the plan.
 */
@Component
@ProcessingGroup(WhenTouchIsLoggedThenTickThePlan.PROCESSING_GROUP)
class WhenTouchIsLoggedThenTickThePlan {

    static final String PROCESSING_GROUP = "plan-ticks";
    private static final Logger LOG = LoggerFactory.getLogger(WhenTouchIsLoggedThenTickThePlan.class);

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final PlanCalendar calendar;

    WhenTouchIsLoggedThenTickThePlan(CommandGateway commands, QueryGateway queries, PlanCalendar calendar) {
        this.commands = commands;
        this.queries = queries;
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
            LocalDate weekStart = calendar.weekStartOf(event.owner(), event.occurredOn());
            // asking the read model first spares a command (and an aggregate load) for every touch outside a plan
            boolean open = queries.query(new FetchPlannedContact(event.owner(), weekStart, event.contactId()),
                            ResponseTypes.optionalInstanceOf(PlannedContact.class)).join()
                    .filter(item -> item.status() != PlanItemStatus.DONE).isPresent();
            if (open) {
                commands.sendAndWait(new MarkPlanItemDone(event.owner(), weekStart, event.contactId(), true));
            }
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
