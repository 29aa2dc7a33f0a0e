package app.touchbase.importing.parse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Turns a character position in the CSV text into the line of the file it is on, counting from 1. */
final class LineNumbers {

    private final String text;
    private final List<Integer> lineStarts = new ArrayList<>();
    private final int linesAbove;

    /** {@code linesAbove} counts the lines of the file before the text (notes above a header row). */
    LineNumbers(String text, int linesAbove) {
        this.text = text;
        this.linesAbove = linesAbove;
        lineStarts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lineStarts.add(i + 1);
            }
        }
    }

    int lineAt(long position) {
        int start = (int) position;
        // the parser counts a record from the end of the one before, so skipped empty lines come first
        while (start < text.length() && (text.charAt(start) == '\n' || text.charAt(start) == '\r')) {
            start++;
        }
        int index = Collections.binarySearch(lineStarts, start);
        int line = index >= 0 ? index : -index - 2;
        return linesAbove + line + 1;
    }
}
