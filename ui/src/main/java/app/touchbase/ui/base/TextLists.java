package app.touchbase.ui.base;

import java.util.Arrays;
import java.util.List;

/** Lists typed into one text field, separated by commas or semicolons. */
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
}
