package app.touchbase.cadence;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.Period;

import static org.assertj.core.api.Assertions.assertThat;

class NextTouchStateTest {

    static final Instant SET = Instant.parse("2026-01-10T12:00:00Z");

    final NextTouchState grace = NextTouchState.added("c1", "ada", "Grace");

    @Test
    void withoutACadenceNothingIsDue() {
        NextTouchState touched = grace.withInteraction("i1", SET);
        assertThat(touched.dueAt()).isEmpty();
        assertThat(touched.nextTouchAt()).isEmpty();
        assertThat(touched.lastInteractionAt()).contains(SET);
    }

    @Test
    void beforeTheFirstTouchTheCadenceCountsFromWhenItWasSet() {
        assertThat(grace.withCadence(Period.ofMonths(3), SET).nextTouchAt()).contains(Instant.parse("2026-04-10T12:00:00Z"));
    }

    @Test
    void theLatestLiveInteractionCountsNotTheLatestLogged() {
        NextTouchState state = grace.withCadence(Period.ofMonths(1), SET)
                .withInteraction("recent", Instant.parse("2026-02-01T00:00:00Z"))
                .withInteraction("older-logged-late", Instant.parse("2026-01-15T00:00:00Z"));
        assertThat(state.lastInteractionAt()).contains(Instant.parse("2026-02-01T00:00:00Z"));
        assertThat(state.nextTouchAt()).contains(Instant.parse("2026-03-01T00:00:00Z"));

        NextTouchState removed = state.withoutInteraction("recent");
        assertThat(removed.nextTouchAt()).contains(Instant.parse("2026-02-15T00:00:00Z"));
    }

    @Test
    void aSnoozeWinsOnlyWhileItEndsLater() {
        NextTouchState due = grace.withCadence(Period.ofWeeks(2), SET);
        Instant dueAt = Instant.parse("2026-01-24T12:00:00Z");
        assertThat(due.nextTouchAt()).contains(dueAt);

        NextTouchState snoozed = due.snoozedUntil(Instant.parse("2026-02-01T00:00:00Z"));
        assertThat(snoozed.nextTouchAt()).contains(Instant.parse("2026-02-01T00:00:00Z"));
        assertThat(snoozed.snoozeInEffect()).isTrue();

        NextTouchState touchedLater = snoozed.withInteraction("i1", Instant.parse("2026-01-30T00:00:00Z"));
        assertThat(touchedLater.nextTouchAt()).contains(Instant.parse("2026-02-13T00:00:00Z"));
        assertThat(touchedLater.snoozeInEffect()).isFalse();
    }

    @Test
    void clearingTheCadenceDropsTheSnooze() {
        NextTouchState cleared = grace.withCadence(Period.ofWeeks(2), SET).snoozedUntil(SET.plusSeconds(99_999)).withoutCadence();
        assertThat(cleared.snoozedUntil()).isNull();
        assertThat(cleared.nextTouchAt()).isEmpty();
    }

    @Test
    void monthsAreCalendarMonths() {
        NextTouchState endOfJanuary = grace.withCadence(Period.ofMonths(1), Instant.parse("2026-01-31T08:00:00Z"));
        assertThat(endOfJanuary.nextTouchAt()).contains(Instant.parse("2026-02-28T08:00:00Z"));
    }
}
