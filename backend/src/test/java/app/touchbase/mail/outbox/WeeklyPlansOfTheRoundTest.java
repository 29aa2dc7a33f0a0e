package app.touchbase.mail.outbox;

import app.touchbase.mail.compose.MailComposer;
import app.touchbase.plan.api.ThisWeek;
import app.touchbase.support.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class WeeklyPlansOfTheRoundTest {

    final MailComposer composer = mock(MailComposer.class);
    final MutableClock clock = new MutableClock(Instant.parse("2026-03-29T00:59:30Z"));
    final WeeklyPlansOfTheRound plans = new WeeklyPlansOfTheRound(composer, clock);

    @Test
    void eachOwnersPlanIsReadOnceAndAgainOnceItIsAMinuteOld() {
        ThisWeek adasFirst = mock(ThisWeek.class);
        ThisWeek adasNext = mock(ThisWeek.class);
        ThisWeek gracesPlan = mock(ThisWeek.class);
        when(composer.thisWeek("ada")).thenReturn(adasFirst, adasNext);
        when(composer.thisWeek("grace")).thenReturn(gracesPlan);

        assertThat(plans.of("ada")).isSameAs(adasFirst);
        assertThat(plans.of("grace")).isSameAs(gracesPlan);
        clock.advance(WeeklyPlansOfTheRound.FRESH_FOR.minusMillis(1));
        assertThat(plans.of("ada")).isSameAs(adasFirst);
        clock.advance(Duration.ofMillis(1));
        assertThat(plans.of("ada")).as("a minute old").isSameAs(adasNext);

        verify(composer, times(2)).thisWeek("ada");
        verify(composer, times(1)).thisWeek("grace");
    }
}
