package app.touchbase.circle.automation;

import app.touchbase.cadence.CadenceStagger;
import app.touchbase.cadence.api.ApplyCircleRules;
import app.touchbase.cadence.api.KeepInTouchRule;
import app.touchbase.cadence.api.WithdrawCircleRules;
import app.touchbase.circle.CircleState;
import app.touchbase.circle.api.CircleArchived;
import app.touchbase.circle.api.CircleChanged;
import app.touchbase.circle.api.CircleDeleted;
import app.touchbase.circle.api.CircleEvent;
import app.touchbase.circle.api.CircleMembersAdded;
import app.touchbase.circle.api.CircleMembersRemoved;
import app.touchbase.circle.api.CircleRestored;
import app.touchbase.circle.api.CircleRuleCleared;
import app.touchbase.circle.api.CircleRuleSet;
import app.touchbase.platform.axon.NearHeadProcessors;
import app.touchbase.shared.OwnerZones;
import app.touchbase.shared.api.UnknownContactException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Hands a circle's rules to its members, so each member's own history says which circles it is in and which rules
 * it keeps: that is what the next touch, the reminders and a replay read. It always hands on the circle as it is
 * now (folded from the circle's events), so a late or repeated event only repeats what the contact already has, and
 * the contact records nothing for that.
 */
@Component
@ProcessingGroup(WhenCircleChangesThenApplyItsRules.PROCESSING_GROUP)
class WhenCircleChangesThenApplyItsRules {

    static final String PROCESSING_GROUP = "circle-rules";
    private static final Logger LOG = LoggerFactory.getLogger(WhenCircleChangesThenApplyItsRules.class);

    private final CommandGateway commands;
    private final EventStore events;
    private final OwnerZones zones;
    private final Clock clock;

    WhenCircleChangesThenApplyItsRules(CommandGateway commands, EventStore events, OwnerZones zones, Clock clock) {
        this.commands = commands;
        this.events = events;
        this.zones = zones;
        this.clock = clock;
    }

    @Configuration(proxyBeanMethods = false)
    static class Processing {

        @Bean
        ConfigurerModule circleRulesProcessing() {
            return NearHeadProcessors.startingNearHead(PROCESSING_GROUP);
        }
    }

    @EventHandler
    @DisallowReplay
    void on(CircleMembersAdded event) {
        hand(current(event), event.contactIds(), event.on());
    }

    @EventHandler
    @DisallowReplay
    void on(CircleMembersRemoved event) {
        CircleState circle = current(event);
        event.contactIds().stream().filter(contactId -> !circle.members().contains(contactId))
                .forEach(contactId -> withdraw(circle, contactId));
    }

    @EventHandler
    @DisallowReplay
    void on(CircleRuleSet event) {
        CircleState circle = current(event);
        hand(circle, circle.members(), event.on());
    }

    @EventHandler
    @DisallowReplay
    void on(CircleRuleCleared event) {
        handToEveryone(current(event));
    }

    @EventHandler
    @DisallowReplay
    void on(CircleChanged event) {
        handToEveryone(current(event));
    }

    @EventHandler
    @DisallowReplay
    void on(CircleRestored event) {
        handToEveryone(current(event));
    }

    @EventHandler
    @DisallowReplay
    void on(CircleArchived event) {
        CircleState circle = current(event);
        if (!circle.inForce()) {
            circle.members().forEach(contactId -> withdraw(circle, contactId));
        }
    }

    @EventHandler
    @DisallowReplay
    void on(CircleDeleted event) {
        CircleState circle = current(event);
        circle.members().forEach(contactId -> withdraw(circle, contactId));
    }

    private CircleState current(CircleEvent event) {
        return events.readEvents(event.circleId().toString()).asStream()
                .map(message -> message.getPayload())
                .filter(CircleEvent.class::isInstance)
                .map(CircleEvent.class::cast)
                .reduce(CircleState.NONE, CircleState::after, (left, right) -> right);
    }

    private void handToEveryone(CircleState circle) {
        hand(circle, circle.members(), zones.today(circle.owner(), clock));
    }

    /**
     * Gives {@code contacts} the circle's rules; a rule new to them falls due first on days spread over its period from
     * {@code on}, in the order the contacts are listed, so a hundred people joining at once are not due the same week.
     */
    private void hand(CircleState circle, List<UUID> contacts, LocalDate on) {
        if (!circle.inForce()) {
            return;
        }
        Set<UUID> members = Set.copyOf(circle.members());
        Map<String, List<LocalDate>> spread = new HashMap<>();
        for (KeepInTouchRule rule : circle.rules()) {
            spread.put(rule.ruleId(), CadenceStagger.firstDueDays(contacts.size(), rule.every(), on));
        }
        for (int i = 0; i < contacts.size(); i++) {
            UUID contactId = contacts.get(i);
            if (members.contains(contactId)) {
                Map<String, LocalDate> firstDueOn = new HashMap<>();
                int index = i;
                spread.forEach((ruleId, days) -> firstDueOn.put(ruleId, days.get(index)));
                send(new ApplyCircleRules(contactId, circle.owner(), circle.ref(), circle.rules(), firstDueOn));
            }
        }
    }

    private void withdraw(CircleState circle, UUID contactId) {
        send(new WithdrawCircleRules(contactId, circle.owner(), circle.circleId()));
    }

    /** A contact that is gone or not the owner's is left out; nothing of it is in the circle's read model either. */
    private void send(Object command) {
        try {
            commands.sendAndWait(command);
        } catch (UnknownContactException | AggregateNotFoundException notThere) {
            LOG.info("Left out a contact of a circle: {}", notThere.getClass().getSimpleName());
        }
    }
}
