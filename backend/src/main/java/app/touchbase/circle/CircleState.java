package app.touchbase.circle;

import app.touchbase.cadence.api.CircleRef;
import app.touchbase.cadence.api.KeepInTouchRule;
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

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The one fold of a circle's events, used alike by the circle aggregate, its read model and the process that hands
 * the circle's rules to its members. Pure: {@link #after} returns a new state.
 *
 * @param rules   in the order they were first set
 * @param members in the order they joined
 */
public record CircleState(UUID circleId, String owner, CircleDetails details, List<KeepInTouchRule> rules,
                          List<UUID> members, boolean archived, boolean deleted) {

    public static final CircleState NONE = new CircleState(null, null, null, List.of(), List.of(), false, false);

    public CircleState {
        rules = List.copyOf(rules);
        members = List.copyOf(members);
    }

    public CircleState after(CircleEvent event) {
        if (event instanceof CircleCreated created) {
            return circleId != null ? this
                    : new CircleState(created.circleId(), created.owner(), created.details(), List.of(), List.of(), false, false);
        }
        if (circleId == null) {
            return this;
        }
        if (event instanceof CircleChanged changed) {
            return new CircleState(circleId, owner, changed.details(), rules, members, archived, deleted);
        }
        if (event instanceof CircleRuleSet set) {
            List<KeepInTouchRule> changed = new ArrayList<>(rules);
            int at = indexOf(set.rule().ruleId());
            if (at < 0) {
                changed.add(set.rule());
            } else {
                changed.set(at, set.rule());
            }
            return new CircleState(circleId, owner, details, changed, members, archived, deleted);
        }
        if (event instanceof CircleRuleCleared cleared) {
            List<KeepInTouchRule> changed = new ArrayList<>(rules);
            changed.removeIf(rule -> rule.ruleId().equals(cleared.ruleId()));
            return new CircleState(circleId, owner, details, changed, members, archived, deleted);
        }
        if (event instanceof CircleMembersAdded added) {
            Set<UUID> changed = new LinkedHashSet<>(members);
            changed.addAll(added.contactIds());
            return new CircleState(circleId, owner, details, rules, List.copyOf(changed), archived, deleted);
        }
        if (event instanceof CircleMembersRemoved removed) {
            Set<UUID> changed = new LinkedHashSet<>(members);
            removed.contactIds().forEach(changed::remove);
            return new CircleState(circleId, owner, details, rules, List.copyOf(changed), archived, deleted);
        }
        if (event instanceof CircleArchived || event instanceof CircleRestored) {
            return new CircleState(circleId, owner, details, rules, members, event instanceof CircleArchived, deleted);
        }
        if (event instanceof CircleDeleted) {
            return new CircleState(circleId, owner, details, rules, members, archived, true);
        }
        return this;
    }

    public int indexOf(String ruleId) {
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i).ruleId().equals(ruleId)) {
                return i;
            }
        }
        return -1;
    }

    public boolean exists() {
        return circleId != null && !deleted;
    }

    /** Whether the circle's rules apply to its members now. */
    public boolean inForce() {
        return exists() && !archived;
    }

    public CircleRef ref() {
        return new CircleRef(circleId, details.name(), details.colour());
    }
}
