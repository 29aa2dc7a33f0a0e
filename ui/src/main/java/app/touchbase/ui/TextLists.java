package app.touchbase.ui;

import java.util.Arrays;
import java.util.List;

/** Lists typed into one text field, separated by commas or semicolons. */
final class TextLists {

    private TextLists() {
    }

    static List<String> split(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("[,;]")).map(String::strip).filter(part -> !part.isEmpty()).toList();
    }

    static String join(List<String> values) {
        return String.join(", ", values);
    }
}
