package app.touchbase.plan.read;

import app.touchbase.nexttouch.api.TouchStatus;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class LoadLevellerProperties {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @Property(tries = 300)
    void nobodyIsDroppedNobodyIsTwiceAndNoWeekGoesOverItsBudget(@ForAll("networks") List<Candidate> network,
                                                                @ForAll @IntRange(min = 1, max = 20) int budget,
                                                                @ForAll @IntRange(min = 1, max = 12) int weeks) {
        List<Candidate> ranked = network.stream().sorted(Candidate.MOST_URGENT_FIRST).toList();
        List<LocalDate> weekEnds = Stream.iterate(TODAY.plusDays(3), end -> end.plusDays(7)).limit(weeks).toList();

        List<List<Candidate>> spread = LoadLeveller.spread(ranked, weekEnds, Collections.nCopies(weeks, budget));

        List<Candidate> everyone = spread.stream().flatMap(List::stream).toList();
        assertThat(everyone).containsExactlyInAnyOrderElementsOf(network);
        assertThat(spread).hasSize(weeks + 1);
        IntStream.range(0, weeks).forEach(week -> {
            assertThat(spread.get(week)).hasSizeLessThanOrEqualTo(budget);
            assertThat(spread.get(week)).allSatisfy(one -> assertThat(one.nextTouchOn()).isBeforeOrEqualTo(weekEnds.get(week)));
        });
    }

    @Property(tries = 200)
    void theOverdueGoFirstAndStayVisible(@ForAll("networks") List<Candidate> network, @ForAll @IntRange(min = 1, max = 5) int budget) {
        List<Candidate> ranked = network.stream().sorted(Candidate.MOST_URGENT_FIRST).toList();
        List<List<Candidate>> spread = LoadLeveller.spread(ranked, List.of(TODAY.plusDays(3), TODAY.plusDays(10)), List.of(budget, budget));

        long overdue = network.stream().filter(one -> one.status() == TouchStatus.OVERDUE).count();
        List<Candidate> firstWeek = spread.get(0);
        assertThat(firstWeek.stream().filter(one -> one.status() == TouchStatus.OVERDUE).count())
                .isEqualTo(Math.min(overdue, budget));
        assertThat(spread.stream().flatMap(List::stream).filter(one -> one.status() == TouchStatus.OVERDUE).count()).isEqualTo(overdue);
    }

    @Provide
    Arbitrary<List<Candidate>> networks() {
        return Arbitraries.integers().between(-60, 70).list().ofMaxSize(120).map(LoadLevellerProperties::candidates);
    }

    /** One person per offset: days until their next touch (negative: overdue by that much). */
    static List<Candidate> candidates(List<Integer> offsets) {
        List<Candidate> people = new ArrayList<>();
        for (int i = 0; i < offsets.size(); i++) {
            int days = offsets.get(i);
            TouchStatus status = days < -7 ? TouchStatus.OVERDUE : days <= 0 ? TouchStatus.DUE : TouchStatus.DUE_SOON;
            people.add(new Candidate(new UUID(0, i), "Person " + i, status, TODAY.plusDays(days), -days, ""));
        }
        return people;
    }
}
