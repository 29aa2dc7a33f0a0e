package app.touchbase.contact.read;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NoteWordsTest {

    @Test
    void wordsAreLettersAndDigitsInLowerCaseEachOnce() {
        assertThat(NoteWords.of("Her twins (Ana & Tom) start school in Lisbon; twins! Q3-2027, café.")).containsExactly(
                "her", "twins", "ana", "tom", "start", "school", "in", "lisbon", "q3", "2027", "café");
    }

    @Test
    void aGreekSigmaIsOneLetterWhereverItStands() {
        assertThat(NoteWords.of("ΟΔΟΣΤΡΩΜΑ")).containsExactly("οδοστρωμα");
        assertThat(NoteWords.searchedFor("ΟΔΟΣ")).containsExactly("οδοσ");
        assertThat(NoteWords.of("οδός")).containsExactly("οδόσ");
    }

    @Test
    void notesWithoutAWordHaveNone() {
        assertThat(NoteWords.of(null)).isNull();
        assertThat(NoteWords.of(" -- :) ")).isNull();
    }

    @Test
    void scriptsWithoutSpacesGiveEveryTailOfARun() {
        assertThat(NoteWords.of("コーヒー、飲んだ")).containsExactly("コーヒー", "ーヒー", "ヒー", "ー", "飲んだ", "んだ", "だ");
        assertThat(NoteWords.of("iPhone買った")).containsExactly("iphone", "買った", "った", "た");
        assertThat(NoteWords.of("2026年")).containsExactly("2026年", "026年", "26年", "6年", "年");
    }

    @Test
    void aSearchAsksForItsWordsWholeAndLongWordsByTheirBeginning() {
        assertThat(NoteWords.searchedFor("  School, TWINS school ")).containsExactly("school", "twins");
        assertThat(NoteWords.searchedFor("田中さん")).containsExactly("田中さん");
        assertThat(NoteWords.searchedFor("+++")).isEmpty();
        String longWord = "a".repeat(40);
        assertThat(NoteWords.searchedFor(longWord)).containsExactly("a".repeat(NoteWords.LONGEST));
        assertThat(NoteWords.of(longWord)).containsExactly("a".repeat(NoteWords.LONGEST));
    }

    @Test
    void theFirstStringAfterAWordsBeginningsFollowsItsLastCharacter() {
        assertThat(NoteWords.after("kid")).isEqualTo("kie");
        assertThat(NoteWords.after("飲")).isEqualTo("\u98f3");
        assertThat(NoteWords.after("a\uD840\uDC0B")).isEqualTo("a\uD840\uDC0C");
        assertThat(NoteWords.after("a\uD840\uDFFF")).isEqualTo("a\uD841\uDC00");
        assertThat("kid".compareTo(NoteWords.after("kid"))).isNegative();
        assertThat("kidz".compareTo(NoteWords.after("kid"))).isNegative();
    }
}
