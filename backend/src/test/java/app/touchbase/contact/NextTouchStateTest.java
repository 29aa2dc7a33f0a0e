package app.touchbase.contact;

import app.touchbase.cadence.api.CadenceCleared;
import app.touchbase.cadence.api.CadenceSet;
import app.touchbase.cadence.api.CircleColour;
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
import app.touchbase.contact.api.ContactDetails;
import app.touchbase.contact.api.FactRecorded;
import app.touchbase.interaction.api.Direction;
import app.touchbase.interaction.api.InteractionCorrected;
import app.touchbase.interaction.api.InteractionLogged;
import app.touchbase.interaction.api.InteractionRemoved;
import app.touchbase.interaction.api.InteractionType;
import app.touchbase.shared.api.ContactEvent;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class NextTouchStateTest {

    static final UUID GRACE = UUID.fromString("00000000-0000-0000-0000-000000000001");
    static final Instant RECORDED = Instant.parse("2026-01-10T12:00:00Z");
    static final LocalDate SET_ON = LocalDate.of(2026, 1, 10);

    final NextTouchState grace = NextTouchState.NONE.after(new ContactAdded(GRACE, "ada", ContactDetails.named("Grace"), RECORDED));

    static InteractionLogged touch(String id, LocalDate on) {
        return new InteractionLogged(GRACE, "ada", UUID.nameUUIDFromBytes(id.getBytes()), InteractionType.CALL, on,
                Direction.NEUTRAL, null, RECORDED);
    }

    static CadenceSet cadence(Period every, LocalDate startsOn) {
        return new CadenceSet(GRACE, "ada", every, startsOn, RECORDED);
    }

    static TouchSnoozed snooze(LocalDate until) {
        return new TouchSnoozed(GRACE, "ada", until, RECORDED);
    }

    static NextTouchState fold(NextTouchState from, ContactEvent... events) {
        NextTouchState state = from;
        for (ContactEvent event : events) {
            state = state.after(event);
        }
        return state;
    }

    @Test
    void withoutACadenceNothingIsDue() {
        NextTouchState touched = grace.after(touch("i1", SET_ON));
        assertThat(touched.dueOn()).isEmpty();
        assertThat(touched.nextTouchOn()).isEmpty();
        assertThat(touched.lastTouchOn()).contains(SET_ON);
    }

    @Test
    void beforeTheFirstTouchTheCadenceCountsFromTheDayItWasSet() {
        assertThat(grace.after(cadence(Period.ofMonths(3), SET_ON)).nextTouchOn()).contains(LocalDate.of(2026, 4, 10));
    }

    @Test
    void theLatestLiveTouchCountsNotTheLatestLogged() {
        NextTouchState state = fold(grace, cadence(Period.ofMonths(1), SET_ON),
                touch("recent", LocalDate.of(2026, 2, 1)), touch("older-logged-late", LocalDate.of(2026, 1, 15)));
        assertThat(state.lastTouchOn()).contains(LocalDate.of(2026, 2, 1));
        assertThat(state.nextTouchOn()).contains(LocalDate.of(2026, 3, 1));

        NextTouchState removed = state.after(new InteractionRemoved(GRACE, "ada", UUID.nameUUIDFromBytes("recent".getBytes()), RECORDED));
        assertThat(removed.nextTouchOn()).contains(LocalDate.of(2026, 2, 15));
    }

    /** The touches are shared between states rather than copied, so a state folded on must leave the one before alone. */
    @Test
    void foldingOnLeavesTheStateBeforeAsItWasAndItsTouchesReadOnly() {
        NextTouchState before = fold(grace, cadence(Period.ofMonths(1), SET_ON), touch("first", LocalDate.of(2026, 1, 15)));
        NextTouchState copy = new NextTouchState(before.contactId(), before.owner(), before.name(), before.rules(),
                new java.util.HashMap<>(before.touches()), before.snoozedUntil(), before.archived(), before.circles());

        NextTouchState later = fold(before, touch("second", LocalDate.of(2026, 2, 1)),
                new InteractionRemoved(GRACE, "ada", UUID.nameUUIDFromBytes("first".getBytes()), RECORDED));

        assertThat(before).isEqualTo(copy);
        assertThat(before.touches()).containsOnlyKeys(UUID.nameUUIDFromBytes("first".getBytes()).toString());
        assertThat(later.touches()).containsOnlyKeys(UUID.nameUUIDFromBytes("second".getBytes()).toString());
        assertThat(before.lastTouchOn()).contains(LocalDate.of(2026, 1, 15));
        assertThatThrownBy(() -> later.touches().put("third", new NextTouchState.Touch(SET_ON, InteractionType.CALL)))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aCorrectionMovesTheTouchToItsNewDay() {
        NextTouchState state = fold(grace, cadence(Period.ofWeeks(1), SET_ON), touch("i1", LocalDate.of(2026, 1, 20)),
                new InteractionCorrected(GRACE, "ada", UUID.nameUUIDFromBytes("i1".getBytes()), InteractionType.EMAIL,
                        LocalDate.of(2026, 1, 12), Direction.GAVE, null, RECORDED));
        assertThat(state.nextTouchOn()).contains(LocalDate.of(2026, 1, 19));
    }

    @Test
    void aSnoozeWinsOnlyWhileItEndsLater() {
        NextTouchState due = grace.after(cadence(Period.ofWeeks(2), SET_ON));
        assertThat(due.nextTouchOn()).contains(LocalDate.of(2026, 1, 24));

        NextTouchState snoozed = due.after(snooze(LocalDate.of(2026, 2, 1)));
        assertThat(snoozed.nextTouchOn()).contains(LocalDate.of(2026, 2, 1));
        assertThat(snoozed.snoozeInEffect()).isTrue();

        NextTouchState touchedLater = snoozed.after(touch("i1", LocalDate.of(2026, 1, 30)));
        assertThat(touchedLater.nextTouchOn()).contains(LocalDate.of(2026, 2, 13));
        assertThat(touchedLater.snoozeInEffect()).isFalse();
    }

    @Test
    void clearingTheCadenceDropsTheSnooze() {
        NextTouchState cleared = fold(grace, cadence(Period.ofWeeks(2), SET_ON), snooze(SET_ON.plusDays(20)),
                new CadenceCleared(GRACE, "ada", RECORDED));
        assertThat(cleared.snoozedUntil()).isNull();
        assertThat(cleared.nextTouchOn()).isEmpty();
    }

    @Test
    void monthsAreCalendarMonthsAndEndsOfMonthsStayInTheirMonth() {
        assertThat(grace.after(cadence(Period.ofMonths(1), LocalDate.of(2026, 1, 31))).nextTouchOn())
                .contains(LocalDate.of(2026, 2, 28));
        assertThat(grace.after(cadence(Period.ofMonths(1), LocalDate.of(2028, 1, 31))).nextTouchOn())
                .as("a leap year").contains(LocalDate.of(2028, 2, 29));
        assertThat(grace.after(cadence(Period.ofYears(1), LocalDate.of(2028, 2, 29))).nextTouchOn())
                .as("29 February plus a year").contains(LocalDate.of(2029, 2, 28));
        assertThat(grace.after(cadence(Period.ofMonths(6), LocalDate.of(2026, 8, 31))).nextTouchOn())
                .contains(LocalDate.of(2027, 2, 28));
    }

    @Test
    void aRepeatedAddedEventAndEventsBeforeItChangeNothing() {
        NextTouchState touched = fold(grace, cadence(Period.ofMonths(1), SET_ON), touch("i1", SET_ON.plusDays(3)));
        assertThat(touched.after(new ContactAdded(GRACE, "ada", ContactDetails.named("Grace"), RECORDED))).isEqualTo(touched);
        assertThat(NextTouchState.NONE.after(touch("i1", SET_ON))).isEqualTo(NextTouchState.NONE);
    }

    @Test
    void eventsThatDoNotConcernTheNextTouchReturnTheSameStateAndArchiveIsKept() {
        NextTouchState state = grace.after(cadence(Period.ofMonths(1), SET_ON));
        assertThat(state.after(new FactRecorded(GRACE, "ada", UUID.randomUUID(), null, "Likes tea", null, RECORDED))).isSameAs(state);
        NextTouchState archived = state.after(new ContactArchived(GRACE, "ada", RECORDED));
        assertThat(archived.archived()).isTrue();
        assertThat(archived.nextTouchOn()).isEqualTo(state.nextTouchOn());
    }

    static final KeepInTouchRule YEARLY_LUNCH = new KeepInTouchRule("yearly-lunch", "Yearly lunch", Period.ofYears(1),
            Set.of(InteractionType.COFFEE_OR_LUNCH, InteractionType.MEETING));

    static InteractionLogged touch(String id, LocalDate on, InteractionType type) {
        return new InteractionLogged(GRACE, "ada", UUID.nameUUIDFromBytes(id.getBytes()), type, on, Direction.NEUTRAL, null, RECORDED);
    }

    @Test
    void eachRuleHasItsOwnNextTouchAndCountsOnlyItsKindsOfTouch() {
        NextTouchState twoRules = fold(grace, cadence(Period.ofMonths(3), SET_ON),
                new KeepInTouchRuleSet(GRACE, "ada", YEARLY_LUNCH, SET_ON, RECORDED));
        assertThat(twoRules.schedule()).extracting(due -> due.rule().ruleId(), NextTouchState.RuleDue::nextTouchOn)
                .containsExactly(tuple("cadence", LocalDate.of(2026, 4, 10)), tuple("yearly-lunch", LocalDate.of(2027, 1, 10)));

        NextTouchState afterAnEmail = twoRules.after(touch("email", LocalDate.of(2026, 3, 1), InteractionType.EMAIL));
        assertThat(afterAnEmail.schedule()).extracting(due -> due.rule().ruleId(), NextTouchState.RuleDue::nextTouchOn)
                .as("an email resets the quarterly rule, not the yearly lunch")
                .containsExactly(tuple("cadence", LocalDate.of(2026, 6, 1)), tuple("yearly-lunch", LocalDate.of(2027, 1, 10)));

        NextTouchState afterALunch = afterAnEmail.after(touch("lunch", LocalDate.of(2026, 5, 20), InteractionType.COFFEE_OR_LUNCH));
        assertThat(afterALunch.schedule()).extracting(due -> due.rule().ruleId(), NextTouchState.RuleDue::nextTouchOn)
                .as("a lunch resets both").containsExactly(tuple("cadence", LocalDate.of(2026, 8, 20)), tuple("yearly-lunch", LocalDate.of(2027, 5, 20)));
        assertThat(afterALunch.nextTouchOn()).as("the soonest rule").contains(LocalDate.of(2026, 8, 20));
    }

    @Test
    void aSnoozeHoldsEveryRuleAndClearingTheLastRuleDropsIt() {
        NextTouchState snoozed = fold(grace, cadence(Period.ofWeeks(2), SET_ON),
                new KeepInTouchRuleSet(GRACE, "ada", YEARLY_LUNCH, SET_ON, RECORDED), snooze(LocalDate.of(2026, 3, 1)));
        assertThat(snoozed.schedule()).extracting(NextTouchState.RuleDue::nextTouchOn)
                .containsExactly(LocalDate.of(2026, 3, 1), LocalDate.of(2027, 1, 10));
        NextTouchState onlyTheLunch = snoozed.after(new CadenceCleared(GRACE, "ada", RECORDED));
        assertThat(onlyTheLunch.snoozedUntil()).as("a rule is left, so the snooze stays").isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(onlyTheLunch.cadence()).isNull();
        NextTouchState none = onlyTheLunch.after(new KeepInTouchRuleCleared(GRACE, "ada", "yearly-lunch", RECORDED));
        assertThat(none.hasRules()).isFalse();
        assertThat(none.snoozedUntil()).isNull();
        assertThat(none.nextTouchOn()).isEmpty();
    }

    @Test
    void theCadenceIsTheRuleOfAnyTouch() {
        NextTouchState state = fold(grace, cadence(Period.ofMonths(1), SET_ON), touch("note", LocalDate.of(2026, 1, 20), InteractionType.HOLIDAY_NOTE));
        assertThat(state.cadence()).isEqualTo(Period.ofMonths(1));
        assertThat(state.soonest()).hasValueSatisfying(due -> {
            assertThat(due.rule()).isEqualTo(KeepInTouchRule.cadence(Period.ofMonths(1)));
            assertThat(due.lastTouchOn()).isEqualTo(LocalDate.of(2026, 1, 20));
            assertThat(due.nextTouchOn()).isEqualTo(LocalDate.of(2026, 2, 20));
        });
    }

    static final CircleRef MENTORS = new CircleRef(UUID.fromString("00000000-0000-0000-0000-0000000000c1"), "Mentors",
            CircleColour.GREEN);
    static final KeepInTouchRule QUARTERLY = new KeepInTouchRule("quarterly", "Any touch", Period.ofMonths(3), Set.of());
    static final KeepInTouchRule LUNCH = new KeepInTouchRule("lunch", "Yearly lunch", Period.ofYears(1),
            Set.of(InteractionType.COFFEE_OR_LUNCH, InteractionType.MEETING));

    static CircleRulesApplied inMentors(LocalDate on, Map<String, LocalDate> firstDueOn, KeepInTouchRule... rules) {
        return new CircleRulesApplied(GRACE, "ada", MENTORS, List.of(rules), on, firstDueOn, RECORDED);
    }

    static InteractionLogged touch(String id, InteractionType type, LocalDate on) {
        return new InteractionLogged(GRACE, "ada", UUID.nameUUIDFromBytes(id.getBytes()), type, on, Direction.NEUTRAL, null,
                RECORDED);
    }

    @Test
    void aCirclesRulesAreTrackedApartAnEmailResetsTheQuarterlyOneAndALunchResetsBoth() {
        NextTouchState state = fold(grace, inMentors(SET_ON, Map.of(), QUARTERLY, LUNCH),
                touch("email", InteractionType.EMAIL, LocalDate.of(2026, 2, 1)));

        assertThat(state.circles()).containsOnlyKeys(MENTORS.circleId().toString());
        assertThat(state.schedule()).extracting(due -> due.rule().label(), NextTouchState.RuleDue::nextTouchOn)
                .containsExactly(tuple("Mentors · Any touch", LocalDate.of(2026, 5, 1)),
                        tuple("Mentors · Yearly lunch", LocalDate.of(2027, 1, 10)));

        state = state.after(touch("lunch", InteractionType.COFFEE_OR_LUNCH, LocalDate.of(2026, 3, 15)));
        assertThat(state.schedule()).extracting(NextTouchState.RuleDue::nextTouchOn)
                .containsExactly(LocalDate.of(2026, 6, 15), LocalDate.of(2027, 3, 15));
    }

    @Test
    void applyingACircleAgainKeepsEachRulesStartDropsWhatTheCircleNoLongerHasAndLeavingDropsAll() {
        NextTouchState joined = fold(grace, inMentors(SET_ON, Map.of("lunch", LocalDate.of(2026, 4, 1)), QUARTERLY, LUNCH));
        assertThat(joined.schedule()).extracting(NextTouchState.RuleDue::nextTouchOn)
                .containsExactly(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 10));

        KeepInTouchRule halfYearly = new KeepInTouchRule("quarterly", "Any touch", Period.ofMonths(6), Set.of());
        NextTouchState changed = joined.after(inMentors(LocalDate.of(2026, 3, 1), Map.of(), halfYearly));
        assertThat(changed.schedule()).extracting(due -> due.rule().ruleId(), NextTouchState.RuleDue::nextTouchOn)
                .containsExactly(tuple(KeepInTouchRule.circleRuleId(MENTORS.circleId(), "quarterly"), LocalDate.of(2026, 7, 10)));
        assertThat(changed.after(inMentors(LocalDate.of(2026, 3, 1), Map.of(), halfYearly))).isEqualTo(changed);

        NextTouchState left = changed.after(new CircleRulesWithdrawn(GRACE, "ada", MENTORS.circleId(), RECORDED));
        assertThat(left.hasRules()).isFalse();
        assertThat(left.circles()).isEmpty();
        assertThat(left.nextTouchOn()).isEmpty();
    }

    @Test
    void aContactsOwnRuleAndItsCirclesRulesLiveSideBySide() {
        NextTouchState state = fold(grace, cadence(Period.ofMonths(1), SET_ON), inMentors(SET_ON, Map.of(), LUNCH),
                new CircleRulesWithdrawn(GRACE, "ada", MENTORS.circleId(), RECORDED));
        assertThat(state.cadence()).isEqualTo(Period.ofMonths(1));
        assertThat(state.schedule()).hasSize(1);
    }

    @Test
    void aSnoozeOfOneRuleHoldsThatRuleOnlyAndTheContactsSnoozeHoldsEvery() {
        NextTouchState state = fold(grace, inMentors(SET_ON, Map.of(), QUARTERLY, LUNCH),
                new TouchSnoozed(GRACE, "ada", LocalDate.of(2026, 5, 1), RECORDED,
                        KeepInTouchRule.circleRuleId(MENTORS.circleId(), "quarterly")));
        assertThat(state.schedule()).extracting(due -> due.rule().label(), NextTouchState.RuleDue::nextTouchOn,
                        NextTouchState.RuleDue::snoozeInEffect)
                .containsExactly(tuple("Mentors · Any touch", LocalDate.of(2026, 5, 1), true),
                        tuple("Mentors · Yearly lunch", LocalDate.of(2027, 1, 10), false));

        NextTouchState everything = state.after(snooze(LocalDate.of(2027, 2, 1)));
        assertThat(everything.schedule()).extracting(NextTouchState.RuleDue::nextTouchOn)
                .containsOnly(LocalDate.of(2027, 2, 1));
        assertThat(state.after(new TouchSnoozed(GRACE, "ada", LocalDate.of(2026, 5, 1), RECORDED, "no-such-rule")))
                .isEqualTo(state);
    }

    @Test
    void aStaggeredFirstDueDayMovesWithTheCirclesPeriodSoMembersStaySpread() {
        NextTouchState third = fold(grace, inMentors(SET_ON, Map.of("quarterly", SET_ON.plusDays(30)), QUARTERLY));
        KeepInTouchRule halfYearly = new KeepInTouchRule("quarterly", "Any touch", Period.ofMonths(6), Set.of());
        NextTouchState longer = third.after(inMentors(SET_ON.plusDays(3), Map.of(), halfYearly));
        long quarterDays = java.time.temporal.ChronoUnit.DAYS.between(SET_ON, SET_ON.plusMonths(3));
        long halfDays = java.time.temporal.ChronoUnit.DAYS.between(SET_ON, SET_ON.plusMonths(6));
        assertThat(longer.nextTouchOn()).contains(SET_ON.plusDays(30 * halfDays / quarterDays));
    }

    @Test
    void aContactsOwnVersionOfACircleRuleOutlivesTheCirclesChangesUntilItGoesBackToTheCircles() {
        String lunchId = KeepInTouchRule.circleRuleId(MENTORS.circleId(), "lunch");
        KeepInTouchRule halfYearly = new KeepInTouchRule(lunchId, "Mentors · Yearly lunch", Period.ofMonths(6), LUNCH.counts());
        NextTouchState own = fold(grace, inMentors(SET_ON, Map.of(), LUNCH),
                new KeepInTouchRuleSet(GRACE, "ada", halfYearly, SET_ON.plusDays(5), RECORDED));
        assertThat(own.schedule()).singleElement().satisfies(due -> {
            assertThat(due.nextTouchOn()).as("counts from the circle's start").isEqualTo(SET_ON.plusMonths(6));
            assertThat(due.overridden()).isTrue();
        });

        KeepInTouchRule everyTwoYears = new KeepInTouchRule("lunch", "Yearly lunch", Period.ofYears(2), LUNCH.counts());
        NextTouchState circleChanged = own.after(inMentors(SET_ON, Map.of(), everyTwoYears));
        assertThat(circleChanged.schedule()).singleElement().satisfies(due ->
                assertThat(due.nextTouchOn()).isEqualTo(SET_ON.plusMonths(6)));

        NextTouchState back = circleChanged.after(new KeepInTouchRuleCleared(GRACE, "ada", lunchId, RECORDED));
        assertThat(back.schedule()).singleElement().satisfies(due -> {
            assertThat(due.nextTouchOn()).isEqualTo(SET_ON.plusYears(2));
            assertThat(due.overridden()).isFalse();
            assertThat(due.rule().label()).isEqualTo("Mentors · Yearly lunch");
        });
        assertThat(back.after(new KeepInTouchRuleCleared(GRACE, "ada", lunchId, RECORDED))).isEqualTo(back);
    }

    @Test
    void stoppingTheSnoozeEndsTheContactsAndEveryRulesSnooze() {
        NextTouchState snoozed = fold(grace, inMentors(SET_ON, Map.of(), QUARTERLY, LUNCH), snooze(LocalDate.of(2027, 6, 1)),
                new TouchSnoozed(GRACE, "ada", LocalDate.of(2027, 6, 1), RECORDED, KeepInTouchRule.circleRuleId(MENTORS.circleId(), "quarterly")));
        assertThat(snoozed.anySnoozeInEffect()).isTrue();

        NextTouchState awake = snoozed.after(new SnoozeStopped(GRACE, "ada", RECORDED));

        assertThat(awake.anySnoozeInEffect()).isFalse();
        assertThat(awake.schedule()).extracting(NextTouchState.RuleDue::nextTouchOn)
                .containsExactly(SET_ON.plusMonths(3), SET_ON.plusYears(1));
    }

    @Test
    void keptToTheLatestTouchOfEachKindEveryRuleReadsAsFromEveryTouchAndTheStateStaysSmall() {
        KeepInTouchRule calls = new KeepInTouchRule("calls", "Calls", Period.ofMonths(2), Set.of(InteractionType.CALL));
        KeepInTouchRule meetings = new KeepInTouchRule("meetings", "Meetings", Period.ofMonths(6),
                Set.of(InteractionType.COFFEE_OR_LUNCH, InteractionType.MEETING));
        List<InteractionType> kinds = List.of(InteractionType.CALL, InteractionType.EMAIL, InteractionType.COFFEE_OR_LUNCH,
                InteractionType.MEETING);
        for (long seed = 1; seed <= 40; seed++) {
            Random random = new Random(seed);
            List<ContactEvent> history = new ArrayList<>(List.of(
                    new ContactAdded(GRACE, "ada", ContactDetails.named("Grace"), RECORDED), cadence(Period.ofMonths(3), SET_ON),
                    new KeepInTouchRuleSet(GRACE, "ada", calls, SET_ON, RECORDED),
                    new KeepInTouchRuleSet(GRACE, "ada", meetings, SET_ON, RECORDED)));
            List<UUID> live = new ArrayList<>();
            NextTouchState everyTouch = fold(NextTouchState.NONE, history.toArray(ContactEvent[]::new));
            NextTouchState kept = everyTouch;
            int readBack = 0;
            int changes = 0;
            for (int step = 0; step < 120; step++) {
                // touches on few days, so touches of one kind often share a day
                LocalDate on = SET_ON.plusDays(random.nextInt(60));
                InteractionType kind = kinds.get(random.nextInt(kinds.size()));
                int what = random.nextInt(10);
                ContactEvent event;
                if (live.isEmpty() || what < 5) {
                    UUID id = UUID.nameUUIDFromBytes(("touch-" + seed + "-" + step).getBytes());
                    live.add(id);
                    event = new InteractionLogged(GRACE, "ada", id, kind, on, Direction.NEUTRAL, null, RECORDED);
                } else if (what < 8) {
                    changes++;
                    event = new InteractionCorrected(GRACE, "ada", live.get(random.nextInt(live.size())), kind, on,
                            Direction.NEUTRAL, null, RECORDED);
                } else {
                    changes++;
                    event = new InteractionRemoved(GRACE, "ada", live.remove(random.nextInt(live.size())), RECORDED);
                }
                history.add(event);
                everyTouch = everyTouch.after(event);
                int[] asked = {0};
                List<ContactEvent> soFar = List.copyOf(history);
                kept = kept.afterKeepingLatest(event, () -> {
                    asked[0]++;
                    return fold(NextTouchState.NONE, soFar.toArray(ContactEvent[]::new));
                });
                readBack += asked[0];
                assertThat(kept.schedule()).as("seed %d, step %d: %s", seed, step, event).isEqualTo(everyTouch.schedule());
                assertThat(kept.lastTouchOn()).isEqualTo(everyTouch.lastTouchOn());
                assertThat(kept.touches()).hasSizeLessThanOrEqualTo(kinds.size())
                        .isEqualTo(everyTouch.keepingLatestTouchOfEachKind().touches());
            }
            assertThat(readBack).as("the history is read back only for some removals and corrections").isPositive()
                    .isLessThan(changes);
        }
    }
}
