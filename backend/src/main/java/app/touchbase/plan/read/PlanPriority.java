package app.touchbase.plan.read;

import app.touchbase.nexttouch.api.NextTouch;
import app.touchbase.nexttouch.api.TouchStatus;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** How urgent someone is for the plan: plain rules over the due list, promises, dates and circles. */
final class PlanPriority {

    static final int LATE_PROMISE = 14;
    static final int DATE_COMING_UP = 7;
    static final int IN_A_CIRCLE = 2;

    private PlanPriority() {
    }

    /**
     * @param latePromises the contacts with a promise past its day
     * @param datesSoon    per contact, the label and day of an important date in the next two weeks
     */
    static Candidate of(NextTouch touch, LocalDate today, Set<UUID> latePromises, Map<UUID, String> datesSoon) {
        int daysLate = touch.nextTouchOn() == null ? 0 : (int) ChronoUnit.DAYS.between(touch.nextTouchOn(), today);
        List<String> why = new ArrayList<>();
        why.add(lateness(touch.status(), daysLate));
        int priority = daysLate;
        if (latePromises.contains(touch.contactId())) {
            priority += LATE_PROMISE;
            why.add("a promise is late");
        }
        if (datesSoon.containsKey(touch.contactId())) {
            priority += DATE_COMING_UP;
            why.add(datesSoon.get(touch.contactId()));
        }
        if (!touch.circles().isEmpty()) {
            priority += IN_A_CIRCLE;
        }
        return new Candidate(touch.contactId(), touch.name(), touch.status(), touch.nextTouchOn(), priority,
                String.join(" · ", why));
    }

    private static String lateness(TouchStatus status, int daysLate) {
        if (daysLate > 0) {
            return (status == TouchStatus.OVERDUE ? "overdue " : "due ") + daysLate + (daysLate == 1 ? " day" : " days");
        }
        if (daysLate == 0) {
            return "due today";
        }
        return "due in " + -daysLate + (daysLate == -1 ? " day" : " days");
    }
}
