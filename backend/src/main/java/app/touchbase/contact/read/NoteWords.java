package app.touchbase.contact.read;

import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words of a touch's notes, as the contact search looks them up through an index: letters and digits, lower case,
 * each word once. Scripts written without spaces between words (Chinese, Japanese, Thai, ...) give every tail of each
 * run of them, so that a search finds a word anywhere in the run (a run of n characters gives n words).
 */
final class NoteWords {

    /** Longer words are kept as their first this many characters; a search for a longer one looks for those. */
    static final int LONGEST = 32;

    private static final Set<UnicodeScript> WITHOUT_SPACES = Set.of(UnicodeScript.HAN, UnicodeScript.HIRAGANA,
            UnicodeScript.KATAKANA, UnicodeScript.THAI, UnicodeScript.LAO, UnicodeScript.KHMER, UnicodeScript.MYANMAR);

    private NoteWords() {
    }

    /** What the notes are found by, or null when they have no word. */
    static List<String> of(String notes) {
        Set<String> words = new LinkedHashSet<>();
        for (Run run : runs(notes)) {
            if (run.withoutSpaces()) {
                for (int start = 0; start < run.text().length(); start = run.text().offsetByCodePoints(start, 1)) {
                    words.add(shortened(run.text().substring(start)));
                }
            } else {
                words.add(shortened(run.text()));
            }
        }
        return words.isEmpty() ? null : List.copyOf(words);
    }

    /** The words a search asks for: each must begin one of the notes' words. */
    static List<String> searchedFor(String text) {
        return runs(text).stream().map(run -> shortened(run.text())).distinct().toList();
    }

    /** The first string after every word that begins with {@code word}. */
    static String after(String word) {
        int last = word.codePointBefore(word.length());
        return word.substring(0, word.length() - Character.charCount(last)) + Character.toString(last + 1);
    }

    private record Run(String text, boolean withoutSpaces) {
    }

    private static List<Run> runs(String text) {
        List<Run> runs = new ArrayList<>();
        if (text == null) {
            return runs;
        }
        // a Greek sigma lowers to ς at a word's end and σ elsewhere: one form, so "οδος" begins "οδοστρωμα"
        String lower = text.toLowerCase(Locale.ROOT).replace('ς', 'σ');
        StringBuilder current = new StringBuilder();
        Boolean withoutSpaces = null; // decided by the run's first letter of a script of its own
        for (int i = 0; i < lower.length(); i += Character.charCount(lower.codePointAt(i))) {
            int codePoint = lower.codePointAt(i);
            if (!partOfAWord(codePoint)) {
                flush(runs, current, withoutSpaces);
                withoutSpaces = null;
                continue;
            }
            UnicodeScript script = UnicodeScript.of(codePoint);
            // digits, marks and shared signs (the katakana long vowel ー) belong to the run they are in
            if (script != UnicodeScript.COMMON && script != UnicodeScript.INHERITED) {
                boolean spaceless = WITHOUT_SPACES.contains(script);
                if (withoutSpaces != null && withoutSpaces != spaceless) {
                    flush(runs, current, withoutSpaces);
                }
                withoutSpaces = spaceless;
            }
            current.appendCodePoint(codePoint);
        }
        flush(runs, current, withoutSpaces);
        return runs;
    }

    private static boolean partOfAWord(int codePoint) {
        if (Character.isLetterOrDigit(codePoint)) {
            return true;
        }
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static void flush(List<Run> runs, StringBuilder current, Boolean withoutSpaces) {
        if (!current.isEmpty()) {
            runs.add(new Run(current.toString(), Boolean.TRUE.equals(withoutSpaces)));
            current.setLength(0);
        }
    }

    private static String shortened(String word) {
        return word.codePointCount(0, word.length()) <= LONGEST ? word
                : word.substring(0, word.offsetByCodePoints(0, LONGEST));
    }
}
