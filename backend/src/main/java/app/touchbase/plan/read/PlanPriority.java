package app.touchbase.plan.read;

import app.touchbase.nexttouch.api.NextTouch;
import app.touchbase.nexttouch.api.TouchStatus;
import app.touchbase.plan.api.GiveAndAsk;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * How urgent someone is for the plan: plain rules over the due list, promises, dates, circles, and what was given and
 * asked: someone the owner asked more of than gave to, or hasn't helped in a year, comes first among equals.
 */
final class PlanPriority {

    static final int LATE_PROMISE = 14;
    static final int DATE_COMING_UP = 7;
    static final int IN_A_CIRCLE = 2;
    static final int OWE_A_FAVOUR = 10;
    static final int NOT_HELPED_LATELY = 3;

    private PlanPriority() {
    }

    /**
     * @param latePromise whether a promise to them is past its day
     * @param dateSoon    the label and day of their important date in the next two weeks, or null
     * @param balance     what the owner gave and asked of them in the last twelve months
     */
    static Candidate of(NextTouch touch, LocalDate today, boolean latePromise, String dateSoon, GiveAndAsk balance) {
        int daysLate = touch.nextTouchOn() == null ? 0 : (int) ChronoUnit.DAYS.between(touch.nextTouchOn(), today);
        List<String> why = new ArrayList<>();
        why.add(lateness(touch.status(), daysLate));
        int priority = daysLate;
        if (latePromise) {
            priority += LATE_PROMISE;
            why.add("a promise is late");
        }
        if (dateSoon != null) {
            priority += DATE_COMING_UP;
            why.add(dateSoon);
        }
        if (balance.owesAFavour()) {
            priority += OWE_A_FAVOUR;
            why.add("you owe them a favour");
        } else if (balance.gave() == 0) {
            priority += NOT_HELPED_LATELY;
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
