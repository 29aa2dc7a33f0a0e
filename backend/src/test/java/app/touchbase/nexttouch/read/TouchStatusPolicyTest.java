package app.touchbase.nexttouch.read;

import app.touchbase.nexttouch.api.TouchStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;

import static org.assertj.core.api.Assertions.assertThat;

class TouchStatusPolicyTest {

    static final Instant NEXT = Instant.parse("2026-06-15T09:00:00Z");

    @ParameterizedTest(name = "cadence {0}, {1} hours from the next touch, snoozed={2}: {3}")
    @CsvSource({
            "P3M, -200, false, OK",
            "P3M, -168, false, DUE_SOON",
            "P3M, -1, false, DUE_SOON",
            "P3M, 0, false, DUE",
            "P3M, 167, false, DUE",
            "P3M, 168, false, OVERDUE",
            "P3M, 5000, false, OVERDUE",
            "P3M, -100, true, SNOOZED",
            "P3M, -1, true, SNOOZED",
            "P3M, 0, true, DUE",
            "P1W, -168, false, OK",
            "P1W, -43, false, OK",
            "P1W, -42, false, DUE_SOON",
            "P1W, 83, false, DUE",
            "P1W, 84, false, OVERDUE",
            "P1D, -7, false, OK",
            "P1D, -6, false, DUE_SOON",
            "P1D, 12, false, OVERDUE",
    })
    void statusDependsOnTheMomentAskedAndTheCadence(String cadence, long hoursFromNextTouch, boolean snoozed, TouchStatus expected) {
        Instant now = NEXT.plus(Duration.ofHours(hoursFromNextTouch));
        assertThat(TouchStatusPolicy.statusAt(now, NEXT, Period.parse(cadence), snoozed)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"true", "false"})
    void noCadenceMeansNoStatusToChase(boolean snoozed) {
        assertThat(TouchStatusPolicy.statusAt(NEXT, null, null, snoozed)).isEqualTo(TouchStatus.NO_CADENCE);
    }
}
