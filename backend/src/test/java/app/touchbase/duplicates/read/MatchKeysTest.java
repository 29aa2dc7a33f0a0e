package app.touchbase.duplicates.read;

import app.touchbase.contact.api.ContactDetails;
import app.touchbase.duplicates.api.DuplicatePair;
import app.touchbase.duplicates.api.DuplicateReason;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** How contacts are compared, without the application: the keys, the name threshold and the cheap bound before it. */
class MatchKeysTest {

    @ParameterizedTest
    @CsvSource({
            "https://www.linkedin.com/in/Grace-Hopper/, linkedin.com/in/grace-hopper",
            "http://de.linkedin.com/in/grace-hopper?trk=profile, linkedin.com/in/grace-hopper",
            "Her profile: linkedin.com/in/grace-hopper#about, linkedin.com/in/grace-hopper",
            "https://linkedin.com/in/J%C3%BCrgen, linkedin.com/in/jürgen"})
    void aLinkedInProfileIsOneKeyHoweverItIsWritten(String written, String key) {
        assertThat(MatchKeys.linkedIn(written)).contains(key);
    }

    @Test
    void textWithoutAProfileHasNoLinkedInKey() {
        assertThat(MatchKeys.linkedIn("https://www.linkedin.com/company/navy")).isEmpty();
        assertThat(MatchKeys.linkedIn("Two daughters")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "+44 20 7946 0958, 020 7946 0958",
            "+1 212 555 0100, (212) 555-0100",
            "+1 212 555 0100, 1-212-555-0100",
            "0049 30 1234567, 030 1234567",
            "+44 20 7946 0958 ext. 12, 020 7946 0958 x12"})
    void aNumberWrittenWithOrWithoutItsCountryIsOneNumber(String international, String national) {
        String one = MatchKeys.phone(international).orElseThrow();
        String other = MatchKeys.phone(national).orElseThrow();
        assertThat(MatchKeys.samePhone(one, other)).as("%s and %s", one, other).isTrue();
    }

    @Test
    void differentNumbersAndShortCodesDoNotMatch() {
        assertThat(MatchKeys.samePhone(MatchKeys.phone("+44 20 7946 0958").orElseThrow(),
                MatchKeys.phone("+44 20 7946 0959").orElseThrow())).isFalse();
        assertThat(MatchKeys.phone("112")).isEmpty();
    }

    @Test
    void aNameIsComparedWithoutAccentsPunctuationCaseOrWordOrder() {
        assertThat(MatchKeys.name("Hamilton, Margaret")).isEqualTo(MatchKeys.name("margaret HAMILTON"));
        assertThat(MatchKeys.name("Zoë O'Neill")).isEqualTo("neill o zoe");
    }

    @Test
    void nearlyTheSameNameIsSimilarButAnotherFirstNameIsNot() {
        List<DuplicatePair> pairs = LikelyDuplicates.among(List.of(row("Jon Smith"), row("John Smith"), row("Jane Smyth"),
                row("Katherine Johnson"), row("Catherine Johnson")));
        assertThat(pairs).extracting(pair -> pair.first().details().name() + " / " + pair.second().details().name())
                .containsExactlyInAnyOrder("John Smith / Jon Smith", "Catherine Johnson / Katherine Johnson");
        assertThat(pairs).allSatisfy(pair -> assertThat(pair.reasons()).containsExactly(DuplicateReason.SIMILAR_NAME));
    }

    @Test
    void theCheapBoundNeverSetsAsideAPairJaroWinklerCallsSimilar() {
        JaroWinklerSimilarity jaroWinkler = new JaroWinklerSimilarity();
        Random random = new Random(14);
        String letters = "aeinorstlmhk ";
        int similar = 0;
        for (int i = 0; i < 200_000; i++) {
            String one = MatchKeys.name(word(random, letters));
            String other = random.nextBoolean() ? MatchKeys.name(mutate(random, one, letters)) : MatchKeys.name(word(random, letters));
            if (one.isEmpty() || other.isEmpty()) {
                continue;
            }
            if (jaroWinkler.apply(one, other) >= LikelyDuplicates.SIMILAR_NAMES) {
                similar++;
                assertThat(LikelyDuplicates.mayBeSimilar(LikelyDuplicates.Candidate.of(row(one)), LikelyDuplicates.Candidate.of(row(other))))
                        .as("%s / %s", one, other).isTrue();
            }
        }
        assertThat(similar).as("pairs that put the bound to the test").isGreaterThan(1_000);
    }

    private static String word(Random random, String letters) {
        StringBuilder word = new StringBuilder();
        for (int i = 0, length = 3 + random.nextInt(14); i < length; i++) {
            word.append(letters.charAt(random.nextInt(letters.length())));
        }
        return word.toString();
    }

    private static String mutate(Random random, String word, String letters) {
        StringBuilder changed = new StringBuilder(word);
        for (int i = 0, edits = 1 + random.nextInt(2); i < edits && !changed.isEmpty(); i++) {
            int at = random.nextInt(changed.length());
            switch (random.nextInt(3)) {
                case 0 -> changed.deleteCharAt(at);
                case 1 -> changed.insert(at, letters.charAt(random.nextInt(letters.length())));
                default -> changed.setCharAt(at, letters.charAt(random.nextInt(letters.length())));
            }
        }
        return changed.toString();
    }

    static CandidateRow row(String name) {
        ContactDetails details = ContactDetails.named(name);
        return new CandidateRow(UUID.randomUUID(), "ada", CandidateRow.Details.of(details), CandidateRow.Keys.of(details),
                Instant.EPOCH, false, Map.of(), List.of(), null, null);
    }
}
