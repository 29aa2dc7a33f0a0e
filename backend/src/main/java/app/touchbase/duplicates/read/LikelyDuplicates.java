package app.touchbase.duplicates.read;

import app.touchbase.duplicates.api.DuplicatePair;
import app.touchbase.duplicates.api.DuplicateReason;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Finds pairs of contacts that look like one person. Contacts are put in blocks by each key they have (an email, the
 * last digits of a phone, a LinkedIn profile, the first letters of each word of the name) and only contacts sharing a
 * block are compared, so a few thousand contacts take milliseconds, not the millions of comparisons of every pair.
 */
final class LikelyDuplicates {

    /**
     * Jaro-Winkler similarity of two names (words sorted, or as written) from which they count as similar: "Jon Smith"
     * and "John Smith" are, "John Smith" and "Jane Smyth" are not.
     */
    static final double SIMILAR_NAMES = 0.93;
    /** The Jaro similarity below which no common start lifts Jaro-Winkler to {@link #SIMILAR_NAMES}. */
    private static final double LEAST_JARO = (SIMILAR_NAMES - 0.4) / 0.6 - 1e-9;
    private static final int NAME_BLOCK_LETTERS = 3;
    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    private LikelyDuplicates() {
    }

    /** The pairs among {@code contacts} (all of one owner, listed ones only), the most reasons first, then by name. */
    static List<DuplicatePair> among(List<CandidateRow> contacts) {
        List<Candidate> candidates = contacts.stream().map(Candidate::of).toList();
        Map<Pair, Set<DuplicateReason>> found = new HashMap<>();
        sameKey(candidates, Candidate::emails, DuplicateReason.SAME_EMAIL, found);
        sameKey(candidates, Candidate::linkedIns, DuplicateReason.SAME_LINKEDIN, found);
        samePhone(candidates, found);
        similarNames(candidates, found);
        Map<UUID, CandidateRow> byId = new HashMap<>();
        contacts.forEach(row -> byId.put(row.contactId(), row));
        return found.entrySet().stream()
                .filter(entry -> !dismissed(byId.get(entry.getKey().first()), byId.get(entry.getKey().second())))
                .map(entry -> pair(byId.get(entry.getKey().first()), byId.get(entry.getKey().second()), entry.getValue()))
                .sorted(Comparator.comparing((DuplicatePair pair) -> -pair.reasons().size())
                        .thenComparing(pair -> pair.first().details().name(), String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(pair -> pair.second().details().name(), String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(pair -> pair.first().contactId())
                        .thenComparing(pair -> pair.second().contactId()))
                .toList();
    }

    private static void sameKey(List<Candidate> candidates, Function<Candidate, Set<String>> keys, DuplicateReason reason,
                                Map<Pair, Set<DuplicateReason>> found) {
        Map<String, List<Candidate>> blocks = new HashMap<>();
        candidates.forEach(candidate -> keys.apply(candidate).forEach(key ->
                blocks.computeIfAbsent(key, any -> new ArrayList<>()).add(candidate)));
        blocks.values().forEach(block -> eachPair(block, (one, other) -> note(found, one, other, reason)));
    }

    /** Blocks by the last digits every key has, then checks that the keys are one number (a country code in front or not). */
    private static void samePhone(List<Candidate> candidates, Map<Pair, Set<DuplicateReason>> found) {
        Map<String, List<Candidate>> blocks = new HashMap<>();
        candidates.forEach(candidate -> candidate.phones().forEach(key ->
                blocks.computeIfAbsent(key.substring(key.length() - MatchKeys.MIN_PHONE_DIGITS), any -> new ArrayList<>())
                        .add(candidate)));
        blocks.values().forEach(block -> eachPair(block, (one, other) -> {
            boolean same = one.phones().stream().anyMatch(mine -> other.phones().stream().anyMatch(theirs -> MatchKeys.samePhone(mine, theirs)));
            if (same) {
                note(found, one, other, DuplicateReason.SAME_PHONE);
            }
        }));
    }

    private static void similarNames(List<Candidate> candidates, Map<Pair, Set<DuplicateReason>> found) {
        Map<String, List<Candidate>> blocks = new HashMap<>();
        for (Candidate candidate : candidates) {
            Set<String> prefixes = new HashSet<>();
            for (String word : candidate.name().split(" ")) {
                if (word.length() >= 2) {
                    prefixes.add(word.substring(0, Math.min(NAME_BLOCK_LETTERS, word.length())));
                }
            }
            prefixes.forEach(prefix -> blocks.computeIfAbsent(prefix, any -> new ArrayList<>()).add(candidate));
        }
        blocks.values().forEach(block -> eachPair(block, (one, other) -> {
            if (one.name().equals(other.name())) {
                note(found, one, other, DuplicateReason.SAME_NAME);
            } else if (mayBeSimilar(one, other) && (JARO_WINKLER.apply(one.name(), other.name()) >= SIMILAR_NAMES
                    || JARO_WINKLER.apply(one.writtenName(), other.writtenName()) >= SIMILAR_NAMES)) {
                note(found, one, other, DuplicateReason.SIMILAR_NAME);
            }
        }));
    }

    /**
     * A cheap bound that never says no to a pair Jaro-Winkler would call similar (in either word order, as both have the
     * same characters): the characters two names have in
     * common bound the Jaro similarity from above, and the Winkler bonus for a common start adds at most 0.4 of what
     * is left, so a Jaro similarity under {@link #LEAST_JARO} can never reach {@link #SIMILAR_NAMES}. Most pairs in a
     * block (same first letters, different people) stop here, without the costlier comparison.
     */
    static boolean mayBeSimilar(Candidate one, Candidate other) {
        int common = 0;
        for (int i = 0; i < Candidate.LETTER_BINS; i++) {
            common += Math.min(one.letters()[i], other.letters()[i]);
        }
        double jaroAtMost = ((double) common / one.name().length() + (double) common / other.name().length() + 1) / 3;
        return jaroAtMost >= LEAST_JARO;
    }

    private static void eachPair(List<Candidate> block, BiConsumer<Candidate, Candidate> action) {
        for (int i = 0; i < block.size(); i++) {
            for (int j = i + 1; j < block.size(); j++) {
                if (!block.get(i).contactId().equals(block.get(j).contactId())) {
                    action.accept(block.get(i), block.get(j));
                }
            }
        }
    }

    private static void note(Map<Pair, Set<DuplicateReason>> found, Candidate one, Candidate other, DuplicateReason reason) {
        found.computeIfAbsent(Pair.of(one.contactId(), other.contactId()), any -> EnumSet.noneOf(DuplicateReason.class)).add(reason);
    }

    private static boolean dismissed(CandidateRow one, CandidateRow other) {
        return one.notDuplicateOf().contains(other.contactId()) || other.notDuplicateOf().contains(one.contactId());
    }

    /** The one whose name sorts first is {@code first}. */
    private static DuplicatePair pair(CandidateRow one, CandidateRow other, Set<DuplicateReason> reasons) {
        Comparator<CandidateRow> byName = Comparator.comparing((CandidateRow row) -> row.details().name(), String.CASE_INSENSITIVE_ORDER)
                .thenComparing(CandidateRow::contactId);
        boolean inOrder = byName.compare(one, other) <= 0;
        return new DuplicatePair((inOrder ? one : other).view(), (inOrder ? other : one).view(), List.copyOf(reasons));
    }

    /** Two contact ids, the smaller first, so a pair found from either side is one pair. */
    record Pair(UUID first, UUID second) {

        static Pair of(UUID one, UUID other) {
            return one.compareTo(other) <= 0 ? new Pair(one, other) : new Pair(other, one);
        }
    }

    /** A contact's keys, computed once; {@code letters} counts the characters of the name, for {@link #mayBeSimilar}. */
    record Candidate(UUID contactId, String name, String writtenName, int[] letters, Set<String> emails, Set<String> phones,
                     Set<String> linkedIns) {

        static final int LETTER_BINS = 64;

        static Candidate of(CandidateRow row) {
            String name = row.keys().name();
            return new Candidate(row.contactId(), name, row.keys().writtenName(), letters(name), Set.copyOf(row.keys().emails()),
                    Set.copyOf(row.keys().phones()), Set.copyOf(row.linkedIns().values()));
        }

        /** Characters counted in bins; two characters sharing a bin can only raise the bound, never lower it. */
        private static int[] letters(String name) {
            int[] bins = new int[LETTER_BINS];
            name.chars().forEach(c -> bins[c % LETTER_BINS]++);
            return bins;
        }
    }
}
