package app.touchbase.mail.compose;

import java.util.ArrayList;
import java.util.List;

/** The digest's subject counts exactly what its body lists. */
final class DigestSubject {

    private DigestSubject() {
    }

    static String of(int toGetInTouchWith, int comingUpThisWeek, int dates, int promises) {
        List<String> parts = new ArrayList<>();
        if (toGetInTouchWith > 0) {
            parts.add(toGetInTouchWith + " to get in touch with");
        }
        if (comingUpThisWeek > 0) {
            parts.add(comingUpThisWeek + " due this week");
        }
        if (dates > 0) {
            parts.add(dates + (dates == 1 ? " date" : " dates") + " coming up");
        }
        if (promises > 0) {
            parts.add(promises + (promises == 1 ? " open promise" : " open promises"));
        }
        return "Your week in Touchbase: " + (parts.isEmpty() ? "nothing due" : String.join(", ", parts));
    }
}
