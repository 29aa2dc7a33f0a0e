package app.touchbase.plan.read;

import app.touchbase.contact.api.InteractionRecord;
import app.touchbase.interaction.api.Direction;
import app.touchbase.interaction.api.InteractionType;
import app.touchbase.plan.api.GiveAndAsk;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class GiveAndAskTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    static InteractionRecord touch(LocalDate on, Direction direction) {
        return new InteractionRecord(UUID.randomUUID(), InteractionType.EMAIL, on, direction, null, null, false, false);
    }

    @Test
    void onlyThisMonthAndTheElevenBeforeCountAndOnlyAskingSaysOfferSomething() {
        GiveAndAsk balance = GiveAndAsk.of(List.of(
                touch(LocalDate.of(2025, 11, 30), Direction.GAVE),
                touch(LocalDate.of(2025, 12, 1), Direction.ASKED),
                touch(TODAY.minusDays(3), Direction.ASKED),
                touch(TODAY, Direction.NEUTRAL)), TODAY);

        assertThat(balance.since()).isEqualTo(LocalDate.of(2025, 12, 1));
        assertThat(balance.until()).isEqualTo(TODAY);
        assertThat(balance.gave()).isZero();
        assertThat(balance.asked()).isEqualTo(2);
        assertThat(balance.neutral()).isEqualTo(1);
        assertThat(balance.onlyAsked()).isTrue();
        assertThat(balance.describe()).isEqualTo("gave 0 · asked 2 in 12 months: offer something");
    }

    @Test
    void theTwelveMonthsAreCalendarMonthsInEveryMonthOfTheYear() {
        assertThat(GiveAndAsk.since(LocalDate.of(2028, 2, 29))).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(GiveAndAsk.since(LocalDate.of(2026, 12, 31))).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(GiveAndAsk.since(LocalDate.of(2027, 1, 1))).isEqualTo(LocalDate.of(2026, 2, 1));
        assertThat(GiveAndAsk.firstMonth(LocalDate.of(2026, 11, 22))).isEqualTo(YearMonth.of(2025, 12));
    }

    @Test
    void nothingGivenOrAskedSaysSo() {
        assertThat(GiveAndAsk.of(List.of(touch(TODAY, Direction.NEUTRAL)), TODAY).describe())
                .isEqualTo("nothing given or asked in 12 months");
    }
}
