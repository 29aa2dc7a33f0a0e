package app.touchbase.plan.read;

import app.touchbase.contact.api.Fact;
import app.touchbase.followup.api.FollowUp;
import app.touchbase.importantdate.api.ImportantDate;
import app.touchbase.plan.api.GiveAndAsk;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class OfferSuggestionTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    static final GiveAndAsk NOTHING = new GiveAndAsk(TODAY.minusMonths(12), TODAY, 0, 0, 0);

    static Fact fact(String topic, String text) {
        return new Fact(UUID.randomUUID(), topic, text, null, Instant.EPOCH);
    }

    static String offer(List<Fact> facts) {
        return OfferSuggestion.of(facts, List.of(), List.of(), NOTHING, TODAY);
    }

    @Test
    void aPromiseComesFirstThenADateThenTheNewestFactThatSuggestsSomething() {
        FollowUp promise = new FollowUp(UUID.randomUUID(), UUID.randomUUID(), "Ada", "Send the deck", TODAY.plusDays(3));
        ImportantDate birthday = new ImportantDate(UUID.randomUUID(), promise.contactId(), "Ada", "Birthday", MonthDay.of(12, 1),
                null, 7, LocalDate.of(2026, 12, 1));
        ImportantDate anniversary = new ImportantDate(UUID.randomUUID(), promise.contactId(), "Ada", "Work anniversary",
                MonthDay.of(12, 1), 2020, 7, LocalDate.of(2026, 12, 1));
        List<Fact> facts = List.of(fact(null, "Joined Acme in March"));

        assertThat(OfferSuggestion.of(facts, List.of(birthday), List.of(promise), NOTHING, TODAY))
                .isEqualTo("Keep your promise: “Send the deck”");
        assertThat(OfferSuggestion.of(facts, List.of(birthday), List.of(), NOTHING, TODAY))
                .isEqualTo("Wish them a happy birthday on 1 Dec");
        assertThat(OfferSuggestion.of(facts, List.of(anniversary), List.of(), NOTHING, TODAY))
                .isEqualTo("Congratulate them on their work anniversary on 1 Dec");
        assertThat(offer(facts)).isEqualTo("Congratulate them: “Joined Acme in March”");
    }

    @Test
    void newsBeatsANeedWhichBeatsAnInterestWhateverTheirOrder() {
        assertThat(offer(List.of(fact("Hobby", "Learning Rust"), fact("Career", "Looking for a CTO role"))))
                .isEqualTo("Offer an introduction or a lead: “Career: Looking for a CTO role”");
        assertThat(offer(List.of(fact("Hobby", "Learning Rust"), fact(null, "Kids: Mia, 7"))))
                .isEqualTo("Send an article or a link about “Hobby: Learning Rust”");
        assertThat(offer(List.of(fact(null, "Looking for a flat"), fact(null, "Got promoted to VP"))))
                .isEqualTo("Congratulate them: “Got promoted to VP”");
    }

    @Test
    void wordsMatchWholeAndLongFactsAreCut() {
        assertThat(offer(List.of(fact(null, "Wonderful cook")))).as("'won' inside a word is no news")
                .isEqualTo("Offer something small: an article, an introduction or a thank-you.");
        String longFact = "Building " + "a very long description ".repeat(10);
        assertThat(offer(List.of(fact(null, longFact))))
                .hasSize("Send an article or a link about “".length() + OfferSuggestion.QUOTED + 1)
                .endsWith("…”");
    }

    @Test
    void withNothingToGoOnItSaysToOfferAndRemindsWhenTheOwnerOnlyAsked() {
        assertThat(OfferSuggestion.of(List.of(), List.of(), List.of(), new GiveAndAsk(TODAY.minusMonths(12), TODAY, 0, 2, 0), TODAY))
                .isEqualTo("You have only asked of them lately: offer help before you ask again.");
        assertThat(offer(List.of())).isEqualTo("Offer something small: an article, an introduction or a thank-you.");
    }
}
