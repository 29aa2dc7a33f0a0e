package app.touchbase.contact;

import app.touchbase.cadence.api.CadenceCleared;
import app.touchbase.cadence.api.CadenceSet;
import app.touchbase.cadence.api.CircleRef;
import app.touchbase.cadence.api.CircleRulesApplied;
import app.touchbase.cadence.api.CircleRulesWithdrawn;
import app.touchbase.cadence.api.KeepInTouchRule;
import app.touchbase.cadence.api.KeepInTouchRuleCleared;
import app.touchbase.cadence.api.KeepInTouchRuleSet;
import app.touchbase.cadence.api.SnoozeStopped;
import app.touchbase.cadence.api.TouchSnoozed;
import app.touchbase.contact.api.ContactAdded;
import app.touchbase.contact.api.ContactArchived;
import app.touchbase.contact.api.ContactDetailsChanged;
import app.touchbase.contact.api.ContactErased;
import app.touchbase.contact.api.ContactRestored;
import app.touchbase.interaction.api.InteractionCorrected;
import app.touchbase.interaction.api.InteractionLogged;
import app.touchbase.interaction.api.InteractionRemoved;
import app.touchbase.interaction.api.InteractionType;
import app.touchbase.shared.api.ContactEvent;
import org.pcollections.HashTreePMap;
import org.pcollections.PMap;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The one fold of a contact's events into when to get in touch next, used alike by the contact aggregate, the
 * next-touch read model and the reminder saga. A contact has any number of rules (its plain cadence is one), each with
 * its own next touch: a logged email moves "any touch every 3 months" but not "coffee or lunch once a year". Every day
 * is a calendar day in the owner's time zone, as the owner read the calendar: the arithmetic is on {@link LocalDate}s,
 * never on instants. Pure: {@link #after} returns a new state and the derived values depend on nothing but the state.
 * The touches are a persistent map, so a new state shares all but the changed touch with the one before: folding a
 * contact's whole history stays linear (the aggregate, the as-of view and the network over time fold every event).
 *
 * @param rules   every rule, by rule id, with the day it started counting
 * @param touches the day and kind of every live touch, by interaction id; a stored state keeps only the latest of
 *                each kind ({@link #keepingLatestTouchOfEachKind})
 * @param circles the circles the contact is in, by circle id; their rules are among {@code rules}
 */
public record NextTouchState(String contactId, String owner, String name, Map<String, RulePlan> rules,
                             Map<String, Touch> touches, LocalDate snoozedUntil, boolean archived,
                             Map<String, CircleRef> circles) {

    /** Before the contact was added: every event but {@link ContactAdded} leaves it as it is (and a repeated one changes nothing). */
    public static final NextTouchState NONE = new NextTouchState(null, null, null, Map.of(), Map.of(), null, false, Map.of());

    /**
     * A rule and the day it starts counting from until its first counting touch; {@code firstDueOn}, when chosen,
     * is when it falls due before that touch instead; {@code snoozedUntil} holds this rule alone. A circle's rule the
     * contact changed for itself keeps the circle's own version in {@code circleVersion}, to go back to.
     */
    public record RulePlan(KeepInTouchRule rule, LocalDate startsOn, LocalDate firstDueOn, LocalDate snoozedUntil,
                           KeepInTouchRule circleVersion) {

        RulePlan(KeepInTouchRule rule, LocalDate startsOn, LocalDate firstDueOn) {
            this(rule, startsOn, firstDueOn, null, null);
        }

        RulePlan snoozed(LocalDate until) {
            return new RulePlan(rule, startsOn, firstDueOn, until, circleVersion);
        }

        /**
         * The circle's rule as it is now; a contact's own version of it stays in force. When the circle's period
         * changed, a staggered first due day moves with it (a third into the old period is a third into the new one),
         * so members spread over a quarter stay spread over half a year.
         */
        RulePlan withCircleVersion(KeepInTouchRule fromCircle) {
            KeepInTouchRule before = overridden() ? circleVersion : rule;
            LocalDate firstDue = firstDueOn == null || before.every().equals(fromCircle.every()) ? firstDueOn
                    : startsOn.plusDays(ChronoUnit.DAYS.between(startsOn, firstDueOn)
                    * ChronoUnit.DAYS.between(startsOn, startsOn.plus(fromCircle.every()))
                    / Math.max(1, ChronoUnit.DAYS.between(startsOn, startsOn.plus(before.every()))));
            return overridden() ? new RulePlan(rule, startsOn, firstDue, snoozedUntil, fromCircle)
                    : new RulePlan(fromCircle, startsOn, firstDue, snoozedUntil, null);
        }

        RulePlan overriddenBy(KeepInTouchRule own) {
            return new RulePlan(own, startsOn, firstDueOn, snoozedUntil, overridden() ? circleVersion : rule);
        }

        RulePlan backToCircle() {
            return new RulePlan(circleVersion, startsOn, firstDueOn, snoozedUntil, null);
        }

        public boolean overridden() {
            return circleVersion != null;
        }

        /** A chosen first due day never lies beyond one period from the start, even after the period was shortened. */
        LocalDate dueBeforeAnyTouch() {
            LocalDate onePeriodOn = startsOn.plus(rule.every());
            return firstDueOn != null && firstDueOn.isBefore(onePeriodOn) ? firstDueOn : onePeriodOn;
        }
    }

    public record Touch(LocalDate on, InteractionType type) {
    }

    /**
     * Where one rule stands: its latest counting touch, when it falls due, whether a snooze holds it, and whether it is
     * a circle's rule the contact changed for itself.
     */
    public record RuleDue(KeepInTouchRule rule, LocalDate lastTouchOn, LocalDate dueOn, LocalDate nextTouchOn,
                          boolean snoozeInEffect, boolean overridden) {
    }

    public NextTouchState {
        rules = Map.copyOf(rules);
        touches = touches instanceof PMap<String, Touch> persistent ? persistent : HashTreePMap.from(touches);
        circles = circles == null ? Map.of() : Map.copyOf(circles);
    }

    /** This state once {@code event} has happened; events that do not move the next touch change nothing. */
    public NextTouchState after(ContactEvent event) {
        if (event instanceof ContactAdded added) {
            return contactId != null ? this : new NextTouchState(added.contactId().toString(), added.owner(),
                    added.details().name(), Map.of(), Map.of(), null, false, Map.of());
        }
        if (contactId == null) {
            return this;
        }
        if (event instanceof ContactDetailsChanged changed) {
            return new NextTouchState(contactId, owner, changed.details().name(), rules, touches, snoozedUntil, archived, circles);
        }
        if (event instanceof InteractionLogged logged) {
            return withTouch(logged.interactionId().toString(), new Touch(logged.occurredOn(), logged.type()));
        }
        if (event instanceof InteractionCorrected corrected) {
            return withTouch(corrected.interactionId().toString(), new Touch(corrected.occurredOn(), corrected.type()));
        }
        if (event instanceof InteractionRemoved removed) {
            return new NextTouchState(contactId, owner, name, rules, persistentTouches().minus(removed.interactionId().toString()),
                    snoozedUntil, archived, circles);
        }
        if (event instanceof CadenceSet set) {
            return withRule(new RulePlan(KeepInTouchRule.cadence(set.every()), set.startsOn(), set.firstDueOn()));
        }
        if (event instanceof KeepInTouchRuleSet set && set.rule().fromCircle()) {
            return changedRule(set.rule().ruleId(), plan -> plan.overriddenBy(set.rule()));
        }
        if (event instanceof KeepInTouchRuleSet set) {
            return withRule(new RulePlan(set.rule(), set.startsOn(), null));
        }
        if (event instanceof CadenceCleared) {
            return withoutRule(KeepInTouchRule.CADENCE);
        }
        if (event instanceof KeepInTouchRuleCleared cleared && cleared.ruleId().startsWith(KeepInTouchRule.CIRCLE_PREFIX)) {
            return changedRule(cleared.ruleId(), plan -> plan.overridden() ? plan.backToCircle() : plan);
        }
        if (event instanceof KeepInTouchRuleCleared cleared) {
            return withoutRule(cleared.ruleId());
        }
        if (event instanceof CircleRulesApplied applied) {
            return withCircle(applied);
        }
        if (event instanceof CircleRulesWithdrawn withdrawn) {
            return withoutCircle(withdrawn.circleId());
        }
        if (event instanceof SnoozeStopped) {
            Map<String, RulePlan> changed = new LinkedHashMap<>(rules);
            changed.replaceAll((ruleId, plan) -> plan.snoozed(null));
            return new NextTouchState(contactId, owner, name, changed, touches, null, archived, circles);
        }
        if (event instanceof TouchSnoozed snoozed && snoozed.ruleId() == null) {
            return new NextTouchState(contactId, owner, name, rules, touches, snoozed.until(), archived, circles);
        }
        if (event instanceof TouchSnoozed snoozed) {
            return changedRule(snoozed.ruleId(), plan -> plan.snoozed(snoozed.until()));
        }
        if (event instanceof ContactArchived || event instanceof ContactRestored || event instanceof ContactErased) {
            return new NextTouchState(contactId, owner, name, rules, touches, snoozedUntil, !(event instanceof ContactRestored),
                    circles);
        }
        return this;
    }

    /**
     * The same state keeping only the latest live touch of each kind: every rule counts some kinds of touch and asks
     * only for the latest of them, so each rule, due day and last touch reads the same from it, and a stored state
     * stays the same size however many touches the contact has. Of two touches of one kind on the same day the one
     * with the greater id is kept, so a state is kept alike however its touches arrived.
     */
    public NextTouchState keepingLatestTouchOfEachKind() {
        Map<InteractionType, Map.Entry<String, Touch>> latest = new EnumMap<>(InteractionType.class);
        for (Map.Entry<String, Touch> touch : touches.entrySet()) {
            latest.merge(touch.getValue().type(), touch, (kept, other) -> LATER_TOUCH.compare(kept, other) >= 0 ? kept : other);
        }
        if (latest.size() == touches.size()) {
            return this;
        }
        PMap<String, Touch> kept = HashTreePMap.empty();
        for (Map.Entry<String, Touch> touch : latest.values()) {
            kept = kept.plus(touch.getKey(), touch.getValue());
        }
        return new NextTouchState(contactId, owner, name, rules, kept, snoozedUntil, archived, circles);
    }

    private static final Comparator<Map.Entry<String, Touch>> LATER_TOUCH = Comparator
            .comparing((Map.Entry<String, Touch> touch) -> touch.getValue().on()).thenComparing(Map.Entry::getKey);

    /**
     * This state, kept to the latest touch of each kind, once {@code event} has happened. An event that removes the
     * latest touch of a kind, or corrects it to another kind or an earlier day, can bring back a touch that was left
     * out: then the state comes from {@code foldedUpToEvent}, the contact's own events up to and including this one.
     */
    public NextTouchState afterKeepingLatest(ContactEvent event, Supplier<NextTouchState> foldedUpToEvent) {
        NextTouchState next = needsEarlierTouches(event) ? foldedUpToEvent.get() : after(event);
        return next.keepingLatestTouchOfEachKind();
    }

    private boolean needsEarlierTouches(ContactEvent event) {
        if (event instanceof InteractionRemoved removed) {
            return touches.containsKey(removed.interactionId().toString());
        }
        if (event instanceof InteractionCorrected corrected) {
            Touch kept = touches.get(corrected.interactionId().toString());
            return kept != null && (kept.type() != corrected.type() || corrected.occurredOn().isBefore(kept.on()));
        }
        return false;
    }

    /** One rule changed in place; a rule the contact does not have changes nothing. */
    private NextTouchState changedRule(String ruleId, UnaryOperator<RulePlan> change) {
        if (!rules.containsKey(ruleId)) {
            return this;
        }
        Map<String, RulePlan> changed = new LinkedHashMap<>(rules);
        changed.put(ruleId, change.apply(rules.get(ruleId)));
        return new NextTouchState(contactId, owner, name, changed, touches, snoozedUntil, archived, circles);
    }

    private NextTouchState withTouch(String interactionId, Touch touch) {
        return new NextTouchState(contactId, owner, name, rules, persistentTouches().plus(interactionId, touch), snoozedUntil,
                archived, circles);
    }

    private PMap<String, Touch> persistentTouches() {
        return (PMap<String, Touch>) touches;
    }

    /** A rule set again counts from the day it was set again, until its next counting touch. */
    private NextTouchState withRule(RulePlan plan) {
        Map<String, RulePlan> changed = new LinkedHashMap<>(rules);
        changed.put(plan.rule().ruleId(), plan);
        return new NextTouchState(contactId, owner, name, changed, touches, snoozedUntil, archived, circles);
    }

    /**
     * In the circle with exactly its rules now: a rule the contact already had from it keeps its start (renaming a
     * circle or changing a period does not restart the count), a new one starts today or on its staggered day.
     */
    private NextTouchState withCircle(CircleRulesApplied applied) {
        CircleRef circle = applied.circle();
        Map<String, RulePlan> changed = new LinkedHashMap<>(rules);
        changed.keySet().removeIf(ruleId -> ruleId.startsWith(KeepInTouchRule.circlePrefix(circle.circleId())));
        for (KeepInTouchRule rule : applied.rules()) {
            KeepInTouchRule kept = rule.ofCircle(circle);
            RulePlan before = rules.get(kept.ruleId());
            changed.put(kept.ruleId(), before != null ? before.withCircleVersion(kept)
                    : new RulePlan(kept, applied.startsOn(), applied.firstDueOn().get(rule.ruleId())));
        }
        Map<String, CircleRef> inCircles = new LinkedHashMap<>(circles);
        inCircles.put(circle.circleId().toString(), circle);
        return new NextTouchState(contactId, owner, name, changed, touches, changed.isEmpty() ? null : snoozedUntil,
                archived, inCircles);
    }

    private NextTouchState withoutCircle(UUID circleId) {
        Map<String, RulePlan> changed = new LinkedHashMap<>(rules);
        changed.keySet().removeIf(ruleId -> ruleId.startsWith(KeepInTouchRule.circlePrefix(circleId)));
        Map<String, CircleRef> inCircles = new LinkedHashMap<>(circles);
        inCircles.remove(circleId.toString());
        return new NextTouchState(contactId, owner, name, changed, touches, changed.isEmpty() ? null : snoozedUntil,
                archived, inCircles);
    }

    /** Without any rule nothing is due, and a snooze has nothing left to postpone. */
    private NextTouchState withoutRule(String ruleId) {
        Map<String, RulePlan> changed = new LinkedHashMap<>(rules);
        changed.remove(ruleId);
        return new NextTouchState(contactId, owner, name, changed, touches, changed.isEmpty() ? null : snoozedUntil, archived,
                circles);
    }

    /** The plain cadence, if the contact has one. */
    public Period cadence() {
        return Optional.ofNullable(rules.get(KeepInTouchRule.CADENCE)).map(plan -> plan.rule().every()).orElse(null);
    }

    public boolean hasRules() {
        return !rules.isEmpty();
    }

    /** The day of the latest live touch of any kind: logging an older one late never moves it back. */
    public Optional<LocalDate> lastTouchOn() {
        return touches.values().stream().map(Touch::on).max(Comparator.naturalOrder());
    }

    /** Every rule with its next touch, soonest first: the last counting touch (or the rule's start) plus its period. */
    public List<RuleDue> schedule() {
        return rules.values().stream().map(this::due)
                .sorted(Comparator.comparing(RuleDue::nextTouchOn).thenComparing(due -> due.rule().ruleId()))
                .toList();
    }

    private RuleDue due(RulePlan plan) {
        KeepInTouchRule rule = plan.rule();
        LocalDate last = touches.values().stream().filter(touch -> rule.counts(touch.type())).map(Touch::on)
                .max(Comparator.naturalOrder()).orElse(null);
        LocalDate due = last == null ? plan.dueBeforeAnyTouch() : last.plus(rule.every());
        LocalDate snooze = later(snoozedUntil, plan.snoozedUntil());
        boolean snoozed = snooze != null && snooze.isAfter(due);
        return new RuleDue(rule, last, due, snoozed ? snooze : due, snoozed, plan.overridden());
    }

    private static LocalDate later(LocalDate one, LocalDate other) {
        return one == null ? other : other == null || one.isAfter(other) ? one : other;
    }

    /** The rule that comes up first, if any. */
    public Optional<RuleDue> soonest() {
        return schedule().stream().findFirst();
    }

    /** The day the soonest rule falls due, before any snooze. */
    public Optional<LocalDate> dueOn() {
        return schedule().stream().map(RuleDue::dueOn).min(Comparator.naturalOrder());
    }

    /** The day of the next touch any rule asks for; the snooze wins while it ends later than a rule's due day. */
    public Optional<LocalDate> nextTouchOn() {
        return soonest().map(RuleDue::nextTouchOn);
    }

    /** Whether a snooze of the contact's or of one of its rules still holds a next touch back. */
    public boolean anySnoozeInEffect() {
        return schedule().stream().anyMatch(RuleDue::snoozeInEffect);
    }

    public boolean snoozeInEffect() {
        return soonest().map(RuleDue::snoozeInEffect).orElse(false);
    }
}
