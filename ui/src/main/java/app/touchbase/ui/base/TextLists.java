package app.touchbase.ui.base;

import java.util.Arrays;
import java.util.List;

/**
 * Lists typed into one text field, separated by commas or semicolons; and blocks of lines typed into one text area,
 * such as postal addresses, separated by a blank line.
 */
public final class TextLists {

    private TextLists() {
    }

    public static List<String> split(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("[,;]")).map(String::strip).filter(part -> !part.isEmpty()).toList();
    }

    public static String join(List<String> values) {
        return String.join(", ", values);
    }

    public static List<String> splitBlocks(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.replace("\r\n", "\n").split("\n\\s*\n")).map(String::strip).filter(part -> !part.isEmpty()).toList();
    }

    public static String joinBlocks(List<String> blocks) {
        return String.join("\n\n", blocks);
    }
}
