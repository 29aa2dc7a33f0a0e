package app.touchbase.nexttouch;

import app.touchbase.nexttouch.api.TouchStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.time.Period;

import static org.assertj.core.api.Assertions.assertThat;

class TouchStatusPolicyTest {

    static final LocalDate NEXT = LocalDate.of(2026, 6, 15);

    @ParameterizedTest(name = "cadence {0}, {1} days from the next touch, snoozed={2}: {3}")
    @CsvSource({
            "P3M, -8, false, OK",
            "P3M, -7, false, DUE_SOON",
            "P3M, -1, false, DUE_SOON",
            "P3M, 0, false, DUE",
            "P3M, 6, false, DUE",
            "P3M, 7, false, OVERDUE",
            "P3M, 200, false, OVERDUE",
            "P3M, -5, true, SNOOZED",
            "P3M, -1, true, SNOOZED",
            "P3M, 0, true, DUE",
            "P1W, -7, false, OK",
            "P1W, -2, false, OK",
            "P1W, -1, false, DUE_SOON",
            "P1W, 2, false, DUE",
            "P1W, 3, false, OVERDUE",
            "P1D, -1, false, OK",
            "P1D, 0, false, DUE",
            "P1D, 1, false, OVERDUE",
    })
    void statusDependsOnTheDayAskedAndTheCadence(String cadence, long daysFromNextTouch, boolean snoozed, TouchStatus expected) {
        LocalDate today = NEXT.plusDays(daysFromNextTouch);
        assertThat(TouchStatusPolicy.statusOn(today, NEXT, Period.parse(cadence), snoozed, false)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"true", "false"})
    void noCadenceMeansNoStatusToChase(boolean snoozed) {
        assertThat(TouchStatusPolicy.statusOn(NEXT, null, null, snoozed, false)).isEqualTo(TouchStatus.NO_CADENCE);
    }

    @Test
    void anArchivedContactIsArchivedWhateverItsCadence() {
        assertThat(TouchStatusPolicy.statusOn(NEXT.plusDays(30), NEXT, Period.ofMonths(1), false, true)).isEqualTo(TouchStatus.ARCHIVED);
        assertThat(TouchStatusPolicy.statusOn(NEXT, null, null, false, true)).isEqualTo(TouchStatus.ARCHIVED);
    }
}
