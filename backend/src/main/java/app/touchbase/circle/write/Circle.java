package app.touchbase.circle.write;

import app.touchbase.cadence.RuleLimits;
import app.touchbase.circle.CircleState;
import app.touchbase.circle.api.AddToCircle;
import app.touchbase.circle.api.ArchiveCircle;
import app.touchbase.circle.api.ChangeCircle;
import app.touchbase.circle.api.CircleArchived;
import app.touchbase.circle.api.CircleChanged;
import app.touchbase.circle.api.CircleCreated;
import app.touchbase.circle.api.CircleDeleted;
import app.touchbase.circle.api.CircleDetails;
import app.touchbase.circle.api.CircleEvent;
import app.touchbase.circle.api.CircleMembersAdded;
import app.touchbase.circle.api.CircleMembersRemoved;
import app.touchbase.circle.api.CircleRestored;
import app.touchbase.circle.api.CircleRuleCleared;
import app.touchbase.circle.api.CircleRuleSet;
import app.touchbase.circle.api.ClearCircleRule;
import app.touchbase.circle.api.CreateCircle;
import app.touchbase.circle.api.DeleteCircle;
import app.touchbase.circle.api.RemoveFromCircle;
import app.touchbase.circle.api.RestoreCircle;
import app.touchbase.circle.api.SetCircleRule;
import app.touchbase.shared.ContactOwners;
import app.touchbase.shared.Inputs;
import app.touchbase.shared.OwnerZones;
import app.touchbase.shared.api.CommandRejectedException;
import app.touchbase.shared.api.InvalidInputException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One of an owner's circles: its name, its rules and who is in it. The members' own histories learn of it through
 * the circle's events (see the process that hands the rules on), so one bulk change is one event here.
 */
@Aggregate
public class Circle {

    @AggregateIdentifier
    private UUID circleId;
    private CircleState state;

    protected Circle() {
    }

    @CommandHandler
    public Circle(CreateCircle command, Clock clock, OwnerZones zones, ContactOwners owners) {
        Inputs.requirePresent(command.circleId(), "circleId", "The circle id");
        Inputs.requireOwner(command.owner());
        validate(command.details());
        List<UUID> members = newMembers(command.owner(), command.members(), Set.of(), owners);
        apply(new CircleCreated(command.circleId(), command.owner(), command.details(), clock.instant()));
        if (!members.isEmpty()) {
            apply(new CircleMembersAdded(command.circleId(), command.owner(), members, zones.today(command.owner(), clock),
                    clock.instant()));
        }
    }

    @CommandHandler
    public void handle(ChangeCircle command, Clock clock) {
        requireActive(command.owner());
        validate(command.details());
        if (!command.details().equals(state.details())) {
            apply(new CircleChanged(circleId, state.owner(), command.details(), clock.instant()));
        }
    }

    @CommandHandler
    public void handle(SetCircleRule command, Clock clock, OwnerZones zones) {
        requireActive(command.owner());
        RuleLimits.validate(command.rule());
        int at = state.indexOf(command.rule().ruleId());
        if (at < 0 && state.rules().size() >= SetCircleRule.MAX_RULES) {
            throw new InvalidInputException("rule", "A circle can have at most " + SetCircleRule.MAX_RULES
                    + " rules: change or remove one first.");
        }
        if (at < 0 || !state.rules().get(at).equals(command.rule())) {
            apply(new CircleRuleSet(circleId, state.owner(), command.rule(), zones.today(state.owner(), clock), clock.instant()));
        }
    }

    @CommandHandler
    public void handle(ClearCircleRule command, Clock clock) {
        requireActive(command.owner());
        if (state.indexOf(command.ruleId()) >= 0) {
            apply(new CircleRuleCleared(circleId, state.owner(), command.ruleId(), clock.instant()));
        }
    }

    @CommandHandler
    public List<UUID> handle(AddToCircle command, Clock clock, OwnerZones zones, ContactOwners owners) {
        requireActive(command.owner());
        List<UUID> joining = newMembers(state.owner(), command.contactIds(), new HashSet<>(state.members()), owners);
        if (state.members().size() + joining.size() > AddToCircle.MAX_MEMBERS) {
            throw new InvalidInputException("contactIds", "A circle holds at most " + AddToCircle.MAX_MEMBERS
                    + " people; " + state.details().name() + " has " + state.members().size() + " and this would add "
                    + joining.size() + ".");
        }
        if (!joining.isEmpty()) {
            apply(new CircleMembersAdded(circleId, state.owner(), joining, zones.today(state.owner(), clock), clock.instant()));
        }
        return joining;
    }

    @CommandHandler
    public List<UUID> handle(RemoveFromCircle command, Clock clock) {
        requireOwnedBy(command.owner());
        Set<UUID> current = new HashSet<>(state.members());
        List<UUID> leaving = new LinkedHashSet<>(command.contactIds()).stream().filter(current::contains).toList();
        if (!leaving.isEmpty()) {
            apply(new CircleMembersRemoved(circleId, state.owner(), leaving, clock.instant()));
        }
        return leaving;
    }

    @CommandHandler
    public void handle(ArchiveCircle command, Clock clock) {
        requireOwnedBy(command.owner());
        if (!state.archived()) {
            apply(new CircleArchived(circleId, state.owner(), clock.instant()));
        }
    }

    @CommandHandler
    public void handle(RestoreCircle command, Clock clock) {
        requireOwnedBy(command.owner());
        if (state.archived()) {
            apply(new CircleRestored(circleId, state.owner(), clock.instant()));
        }
    }

    @CommandHandler
    public void handle(DeleteCircle command, Clock clock) {
        requireOwnedBy(command.owner());
        if (!state.members().isEmpty()) {
            throw new CommandRejectedException(state.details().name() + " still has " + state.members().size()
                    + (state.members().size() == 1 ? " member" : " members")
                    + ": take them out first, or archive the circle to keep it without its rules.");
        }
        apply(new CircleDeleted(circleId, state.owner(), clock.instant()));
    }

    private static void validate(CircleDetails details) {
        Inputs.requirePresent(details, "details", "The circle's name");
        Inputs.requireText(details.name(), "name", "The circle's name", CircleDetails.MAX_NAME);
        Inputs.limitLength(details.description(), "description", "The description", CircleDetails.MAX_DESCRIPTION);
    }

    /** The contacts not in the circle yet, each once, in the order given; another account's contacts are refused. */
    private static List<UUID> newMembers(String owner, List<UUID> contactIds, Set<UUID> current, ContactOwners owners) {
        if (contactIds.stream().anyMatch(Objects::isNull)) {
            throw new InvalidInputException("contactIds", "A contact id is missing from the list.");
        }
        Inputs.limitSize(contactIds, "contactIds", "contacts in one change", AddToCircle.MAX_MEMBERS);
        List<UUID> joining = new LinkedHashSet<>(contactIds).stream().filter(id -> !current.contains(id)).toList();
        if (!joining.isEmpty() && !owners.ownedByOthers(owner, joining).isEmpty()) {
            throw new CommandRejectedException("Some of these contacts are not in your network.");
        }
        return joining;
    }

    private void requireOwnedBy(String requester) {
        if (!state.exists() || !Objects.equals(state.owner(), requester)) {
            throw new CommandRejectedException("There is no such circle (was it deleted?).");
        }
    }

    private void requireActive(String requester) {
        requireOwnedBy(requester);
        if (state.archived()) {
            throw new CommandRejectedException(state.details().name() + " is archived: restore the circle first.");
        }
    }

    @EventSourcingHandler
    void on(CircleEvent event) {
        circleId = event.circleId();
        state = (state == null ? CircleState.NONE : state).after(event);
    }
}
