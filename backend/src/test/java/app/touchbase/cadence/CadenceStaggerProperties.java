package app.touchbase.cadence;

import app.touchbase.cadence.api.CadencePreset;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Many contacts given a cadence at once fall due spread over the cadence, never on one day, never late or early. */
class CadenceStaggerProperties {

    @Property(tries = 300)
    void firstDueDaysAreAheadWithinOneCadenceAndSpreadOverTheWeeks(@ForAll @IntRange(min = 1, max = 1500) int contacts,
                                                                   @ForAll CadencePreset cadence,
                                                                   @ForAll @IntRange(min = 0, max = 3650) int daysFrom2020) {
        LocalDate today = LocalDate.of(2020, 1, 1).plusDays(daysFrom2020);
        List<LocalDate> firstDue = CadenceStagger.firstDueDays(contacts, cadence.every(), today);

        assertThat(firstDue).hasSize(contacts)
                .allSatisfy(day -> assertThat(day).isAfter(today).isBeforeOrEqualTo(today.plus(cadence.every())));
        long weeks = Math.max(1, ChronoUnit.DAYS.between(today, today.plus(cadence.every())) / 7);
        long mostInOneWeek = firstDue.stream()
                .collect(Collectors.groupingBy(day -> ChronoUnit.DAYS.between(today, day) / 7, Collectors.counting()))
                .values().stream().mapToLong(Long::longValue).max().orElse(0);
        assertThat(mostInOneWeek).isLessThanOrEqualTo((contacts + weeks - 1) / weeks + 1);
    }

    @Property(tries = 50)
    void sevenHundredQuarterlyContactsGetAboutFiftyFourAWeek(@ForAll @IntRange(min = 0, max = 3650) int daysFrom2020) {
        LocalDate today = LocalDate.of(2020, 1, 1).plusDays(daysFrom2020);
        Map<LocalDate, Long> perDay = CadenceStagger.firstDueDays(700, CadencePreset.QUARTERLY.every(), today).stream()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(perDay.values()).allSatisfy(count -> assertThat(count).isLessThanOrEqualTo(8));
    }
}
