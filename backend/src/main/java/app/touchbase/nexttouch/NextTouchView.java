package app.touchbase.nexttouch;

import app.touchbase.cadence.api.CircleRef;
import app.touchbase.cadence.api.KeepInTouchRule;
import app.touchbase.contact.NextTouchState;
import app.touchbase.nexttouch.api.NextTouch;
import app.touchbase.nexttouch.api.RuleTouch;
import app.touchbase.nexttouch.api.TouchStatus;

import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** A contact's next touch as the owner sees it on a given day: each rule's status, the most urgent first. */
public final class NextTouchView {

    private static final Comparator<RuleTouch> RULES_BY_URGENCY = Comparator
            .comparing(RuleTouch::status)
            .thenComparing(RuleTouch::nextTouchOn)
            .thenComparing(rule -> rule.rule().label(), String.CASE_INSENSITIVE_ORDER);

    private NextTouchView() {
    }

    public static NextTouch of(NextTouchState state, LocalDate today) {
        return of(UUID.fromString(state.contactId()), state.name(), state.schedule(), state.lastTouchOn().orElse(null),
                state.snoozedUntil(), state.archived(), state.circles().values(), today);
    }

    /** The schedule holds every rule, the cadence among them, so the view needs nothing else of the rules. */
    public static NextTouch of(UUID contactId, String name, List<NextTouchState.RuleDue> schedule, LocalDate lastTouchOn,
                               LocalDate snoozedUntil, boolean archived, Collection<CircleRef> circles, LocalDate today) {
        List<RuleTouch> rules = schedule.stream()
                .map(due -> new RuleTouch(due.rule(), due.lastTouchOn(), due.nextTouchOn(), statusOn(due, archived, today),
                        due.overridden()))
                .sorted(RULES_BY_URGENCY)
                .toList();
        RuleTouch urgent = rules.isEmpty() ? null : rules.get(0);
        Period cadence = schedule.stream().map(NextTouchState.RuleDue::rule)
                .filter(rule -> rule.ruleId().equals(KeepInTouchRule.CADENCE)).map(KeepInTouchRule::every).findFirst().orElse(null);
        return new NextTouch(contactId, name, cadence, lastTouchOn, snoozedUntil,
                urgent == null ? null : urgent.nextTouchOn(),
                urgent == null ? (archived ? TouchStatus.ARCHIVED : TouchStatus.NO_CADENCE) : urgent.status(), rules,
                circles == null ? List.of() : circles.stream()
                        .sorted(Comparator.comparing(CircleRef::name, String.CASE_INSENSITIVE_ORDER)).toList());
    }

    /** The status {@link #of} gives on {@code today} for the same schedule, without building the rest of the view. */
    public static TouchStatus statusOn(List<NextTouchState.RuleDue> schedule, boolean archived, LocalDate today) {
        return schedule.stream().map(due -> statusOn(due, archived, today)).min(Comparator.naturalOrder())
                .orElse(archived ? TouchStatus.ARCHIVED : TouchStatus.NO_CADENCE);
    }

    private static TouchStatus statusOn(NextTouchState.RuleDue due, boolean archived, LocalDate today) {
        return TouchStatusPolicy.statusOn(today, due.nextTouchOn(), due.rule().every(), due.snoozeInEffect(), archived);
    }
}
