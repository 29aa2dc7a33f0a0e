package app.touchbase.plan.read;

import app.touchbase.plan.api.Capacity;
import org.junit.jupiter.api.Test;

import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CapacityMathsTest {

    static List<PersonLoad> people(int count, Period every, String circle) {
        return Collections.nCopies(count, new PersonLoad(every, circle));
    }

    @Test
    void twoHundredPeopleEveryThreeMonthsAreAboutFifteenAWeekOverABudgetOfThree() {
        Capacity capacity = CapacityMaths.check(people(200, Period.ofMonths(3), "Friends"), 3);

        assertThat(capacity.touchesPerWeek()).isCloseTo(15.3, org.assertj.core.data.Offset.offset(0.1));
        assertThat(capacity.fits()).isFalse();
        assertThat(capacity.message()).isEqualTo("Your rules for 200 people (most of them every 3 months) ask for about 15 touches a week, "
                + "over your budget of 3 a week: about 12 a week would pile up.");
        assertThat(capacity.fixes()).containsExactly(
                "Lengthen the Friends circle from every 3 months to twice a year: about 8 fewer a week.",
                "Raise your budget to 16 a week.",
                "Even with everyone yearly it would not fit: raise the budget or take people out of your circles.");
    }

    @Test
    void theBusiestCircleIsTheOneThatAsksForMostTouches() {
        List<PersonLoad> network = new ArrayList<>(people(30, Period.ofMonths(1), "Family"));
        network.addAll(people(100, Period.ofMonths(6), "Colleagues"));
        Capacity capacity = CapacityMaths.check(network, 2);

        assertThat(capacity.fixes().get(0)).startsWith("Lengthen the Family circle from every month to every 2 months");
    }

    @Test
    void aNetworkThatFitsNeedsNoFixes() {
        Capacity capacity = CapacityMaths.check(people(20, Period.ofYears(1), null), 3);

        assertThat(capacity.fits()).isTrue();
        assertThat(capacity.message()).isEqualTo("Your rules for 20 people (most of them once a year) ask for less than one touch a week; "
                + "your budget of 3 a week covers that.");
        assertThat(capacity.fixes()).isEmpty();
    }

    @Test
    void whenEvenTheLargestBudgetIsTooSmallItSaysSo() {
        Capacity capacity = CapacityMaths.check(people(400, Period.ofMonths(1), null), 20);

        assertThat(capacity.fixes()).contains("Even the largest budget, 20 a week, is not enough: the rules themselves need to ask for less.");
    }

    @Test
    void nobodyWithARuleLeavesTheBudgetFree() {
        assertThat(CapacityMaths.check(List.of(), 3).message()).isEqualTo("Nobody has a keep-in-touch rule yet, so your budget of 3 a week is free.");
    }
}
